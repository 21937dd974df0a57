# A comparison chain `a < b < c` is `a < b and b < c` with `b`
# evaluated once; each link is checked on its own and the whole chain
# is a bool. Mixed ints and floats compare freely, as do tuples and str.
from typing import List, Tuple


def in_range(low: int, value: float, high: int) -> bool:
    return low <= value < high


def sorted_three(a: str, b: str, c: str) -> bool:
    return a <= b <= c != ""


def ranked(scores: List[Tuple[int, str]]) -> bool:
    return len(scores) > 1 and scores[0] >= scores[1]


def equal_all(x: int, y: int, z: int) -> bool:
    return x == y == z


check: bool = 0 < 1 <= 2 > -1 != 3
print(in_range(0, 0.5, 1), sorted_three("a", "b", "c"), ranked([(1, "a")]), equal_all(1, 1, 1), check)
