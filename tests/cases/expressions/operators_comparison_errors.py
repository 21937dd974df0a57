# Ordering comparisons call `__lt__` and friends, so comparing a str
# with an int (or None with anything) is an operator error. `==` and
# `!=` are defined on every object and are always accepted.
from typing import List, Optional


def ordered(a: int, b: str, c: Optional[int]) -> bool:
    first = a < b  # E: Unsupported operand types for < ("int" and "str")  [operator]
    second = b >= a  # E: Unsupported operand types for >= ("str" and "int")  [operator]
    third = c > 0  # E: Unsupported operand types for < ("int" and "None")  [operator]  # N: Left operand is of type "int | None"
    fourth = a == b
    return first and second and third and fourth


def bounds(items: List[int], limit: str) -> bool:
    return items[0] < limit  # E: Unsupported operand types for < ("int" and "str")  [operator]


print(ordered(1, "a", None), bounds([1], "z"), [1] < [2], (1, "a") < (2, "b"))
