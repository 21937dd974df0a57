# A tuple of known length unpacked with `*` contributes exactly its items
# as positional arguments, so both their count and each item's type are
# checked against the parameters they land on.
from typing import Tuple


def span(start: int, end: int, step: int = 1) -> int:
    return (end - start) // step


pair: Tuple[int, int] = (0, 10)
triple = (0, 10, 2)
quad = (0, 10, 2, 1)
mixed: Tuple[int, str] = (1, "x")
span(*pair)
span(*triple)
span(*quad)  # E: Too many arguments for "span"  [call-arg]
span(*mixed)  # E: Argument 1 to "span" has incompatible type "*tuple[int, str]"; expected "int"  [arg-type]
span(1, *pair)
span(1, 2, *pair)  # E: Too many arguments for "span"  [call-arg]
print(span(*(1, 5)))
