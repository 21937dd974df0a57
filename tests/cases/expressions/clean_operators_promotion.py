# Mixing numeric types widens the result: int with float gives float and
# anything with complex gives complex. An int is accepted wherever a
# float is expected, and a float wherever a complex is expected.


def to_float(n: int) -> float:
    return n


def to_complex(f: float) -> complex:
    return f


def blend(n: int, f: float, c: complex) -> complex:
    widened: float = n * 2
    ratio: float = n / 3
    total: complex = n + f + c
    return widened + ratio + total


result = blend(1, 2.0, 3j)
real: float = to_float(5) + 0.5
both: complex = to_complex(real) * 1j + 2
print(result, real, both, to_float(True))
