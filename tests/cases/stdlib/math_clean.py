# math: the functions take ints or floats (anything with __float__ or
# __index__) and return floats, except the rounding and integer ones.
import math
from decimal import Decimal


def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def pages(items: int, per_page: int) -> int:
    return math.ceil(items / per_page)


reveal_type(math.sqrt(2))  # N: Revealed type is "float"
reveal_type(math.floor(2.5))  # N: Revealed type is "int"
reveal_type(math.gcd(12, 18, 24))  # N: Revealed type is "int"
reveal_type(math.frexp(8.0))  # N: Revealed type is "tuple[float, int]"
angle = math.atan2(1, 1) * 180 / math.pi
close = math.isclose(0.1 + 0.2, 0.3, rel_tol=1e-9)
finite = not (math.isnan(angle) or math.isinf(angle)) and math.isfinite(1)
total = math.fsum([0.1, 0.2, 0.3]) + math.log(100, 10) + math.log2(8) + math.exp(1)
ways = math.comb(5, 2) + math.factorial(4) + math.isqrt(17) + math.perm(5)
bits = math.log10(Decimal("1000"))
print(distance((0, 0), (3, 4)), pages(10, 3), close, finite, total, ways, bits, math.inf, math.e, math.tau)
