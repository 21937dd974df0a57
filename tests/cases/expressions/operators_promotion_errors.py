# Numeric promotion only goes upward: an int is accepted where a float
# or complex is expected, but true division and any float operand give
# a float, which is not accepted where an int is required.


def half(n: int) -> int:
    return n / 2  # E: Incompatible return value type (got "float", expected "int")  [return-value]


def mean(total: int, count: int) -> int:
    value: int = total / count  # E: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]
    return value


def mixed(n: int, f: float) -> int:
    return n + f  # E: Incompatible return value type (got "float", expected "int")  [return-value]


def back(c: complex) -> float:
    return c * 2  # E: Incompatible return value type (got "complex", expected "float")  [return-value]


whole: int = 3 * 1.0  # E: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]
print(half(4), mean(4, 2), mixed(1, 2.0), back(1j), whole)
