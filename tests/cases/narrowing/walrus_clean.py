# An assignment expression binds a name and tests it in one condition;
# the comparison narrows the new name just as it would after a separate
# assignment, both in if statements and while loops.
from typing import Optional


def lookup(table: dict[str, str], key: str) -> str:
    if (value := table.get(key)) is not None:
        return value.upper()
    return ""


def first_digit(text: str) -> int:
    if (index := text.find("1")) >= 0:
        return index + 1
    return -1


def drain(queue: list[Optional[int]]) -> int:
    total = 0
    while queue and (item := queue.pop()) is not None:
        total += item
    return total


def named(names: dict[int, str], key: int) -> str:
    return found.title() if (found := names.get(key)) else "unknown"


print(lookup({"a": "b"}, "a"), first_digit("x1"), drain([None, 2]), named({}, 1))
