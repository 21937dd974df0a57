# An if/elif chain that covers every type of a union falls off no end.
from typing import Optional


def size(value: int | str | list[int]) -> int:
    if isinstance(value, int):
        return value
    elif isinstance(value, str):
        return len(value)
    elif isinstance(value, list):
        return sum(value)


def describe(value: Optional[str]) -> str:
    if value is None:
        return "nothing"
    elif value is not None:
        return value


print(size("abc"), describe(None))
