# `is` and `is not` compare object identity and accept operands of any
# types, giving a bool. Checking against None is the usual way to narrow
# an Optional value before using it.
from typing import List, Optional


def first_missing(values: List[Optional[int]]) -> int:
    for index, value in enumerate(values):
        if value is None:
            return index
    return -1


def same(a: List[int], b: List[int]) -> bool:
    return a is b or a is not b and a == b


def total(value: Optional[int], fallback: int) -> int:
    if value is not None:
        return value + fallback
    return fallback


flag: bool = same([], []) is True
print(first_missing([1, None]), same([], []), flag)
