# Lists, tuples and strs support slices with any combination of start,
# stop and step, including negative values and omitted bounds. A slice
# of a list is a list of the same element type, of a str a str.
from typing import List, Tuple


def middle(items: List[int]) -> List[int]:
    return items[1:-1]


def every_other(text: str) -> str:
    return text[::2] + text[1::2]


def reverse(items: List[str]) -> List[str]:
    return items[::-1]


def window(row: Tuple[int, ...], start: int, size: int) -> Tuple[int, ...]:
    return row[start:start + size]


copy: List[int] = middle([1, 2, 3, 4])[:]
tail: Tuple[str, float] = (1, "a", 2.5)[1:]
print(copy, tail, every_other("abcdef"), reverse(["a", "b"]), window((1, 2, 3), 0, 2))
