# Bitwise operators and shifts are defined for ints and bools (and
# sets for `&`, `|`, `^` and `-`), never for floats or strings. An
# unsupported pair names both operand types.
from typing import Set


def mask(value: float, bits: int, name: str) -> int:
    a = value & bits  # E: Unsupported operand types for & ("float" and "int")  [operator]
    b = bits | name  # E: Unsupported operand types for | ("int" and "str")  [operator]
    c = bits << value  # E: Unsupported operand types for << ("int" and "float")  [operator]
    d = name ^ name  # E: Unsupported left operand type for ^ ("str")  [operator]
    return a + b + c + d


def merge(left: Set[int], right: Set[str], n: int) -> None:
    reveal_type(left | right)  # N: Revealed type is "set[int | str]"
    both = left & n  # E: Unsupported operand types for & ("set[int]" and "int")  [operator]
    print(both)


merge({1}, {"a"}, 3)
print(mask(1.0, 2, "x"), 6 >> 1, True ^ False)
