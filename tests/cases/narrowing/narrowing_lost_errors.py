# Narrowing ends where its branch ends and when the variable is
# assigned again: after an if without early exit, after reassignment,
# and after a loop, the full optional type is back.
from typing import Optional


def after_branch(name: Optional[str]) -> str:
    if name is not None:
        print(name.upper())
    return name.lower()  # E: Item "None" of "str | None" has no attribute "lower"  [union-attr]


def after_assign(name: Optional[str], other: Optional[str]) -> int:
    if name is None:
        return 0
    name = other
    return len(name)  # E: Argument 1 to "len" has incompatible type "str | None"; expected "Sized"  [arg-type]


def after_loop(values: list[Optional[int]]) -> int:
    current: Optional[int] = None
    for value in values:
        if value is None:
            continue
        current = value
    return current * 2  # E: Unsupported operand types for * ("None" and "int")  [operator]  # N: Left operand is of type "int | None"


def wrong_branch(count: Optional[int]) -> int:
    if count is None:
        return count + 1  # E: Unsupported operand types for + ("None" and "int")  [operator]
    return count
