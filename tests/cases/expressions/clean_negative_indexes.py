# Negative indexes count from the end for lists, strs and tuples. On a
# fixed-length tuple a negative literal selects the matching item type,
# so each position can be used at its own type.
from typing import List, Tuple


def last(items: List[float]) -> float:
    return items[-1]


def suffix(word: str) -> str:
    return word[-3] + word[-2:]


def unpack(entry: Tuple[str, int, bool]) -> str:
    flag: bool = entry[-1]
    count: int = entry[-2]
    name: str = entry[-3]
    return name * count if flag else name


def second_last(rows: List[List[int]]) -> int:
    return rows[-2][-1]


print(last([1.0, 2.0]), suffix("testing"), unpack(("a", 2, True)), second_last([[1], [2]]))
