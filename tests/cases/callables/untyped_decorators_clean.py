# A decorator without annotations makes what it decorates Any, as mypy does: calls of the
# decorated functions are not checked.
import functools


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]

    return wrapper


@memoize
def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5


@memoize
def label(code: int) -> str:
    return f"#{code}"


print(distance((0, 0), (3, 4)), label("not checked"), distance("any", "thing", "goes"))
reveal_type(label)  # N: Revealed type is "Any"
