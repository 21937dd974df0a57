# Unpacking a returned tuple needs exactly as many names as the tuple has
# items, and each name takes its item's type. The function itself must
# return a tuple of the declared length and item types.
from typing import Optional, Tuple


def split_name(full: str) -> Tuple[str, str]:
    first, _, last = full.partition(" ")
    return first, last, full  # E: Incompatible return value type (got "tuple[str, str, str]", expected "tuple[str, str]")  [return-value]


def bounds(values: Tuple[int, ...]) -> Tuple[int, int]:
    return min(values), str(max(values))  # E: Incompatible return value type (got "tuple[int, str]", expected "tuple[int, int]")  [return-value]


def parse(line: str) -> Tuple[str, Optional[int]]:
    return line, None


first, middle, last = split_name("a b")  # E: Need more than 2 values to unpack (3 expected)  [misc]
only, = bounds((1, 2))  # E: Too many values to unpack (1 expected, 2 provided)  [misc]
key, value = parse("a=1")
value + 1  # E: Unsupported operand types for + ("None" and "int")  [operator]  # N: Left operand is of type "int | None"
low, high = bounds((3,))
low.upper()  # E: "int" has no attribute "upper"  [attr-defined]
reveal_type(split_name("x y"))  # N: Revealed type is "tuple[str, str]"
reveal_type(parse("k")[1])  # N: Revealed type is "int | None"
