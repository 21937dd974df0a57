# min() and max() accept either one iterable or several arguments, and
# return the item type. `key=` picks what is compared, and `default=` is
# returned for an empty iterable, so its type joins the result.
from typing import Dict, List, Optional, Tuple


def longest(words: List[str]) -> str:
    return max(words, key=len)


def cheapest(prices: Dict[str, float]) -> str:
    return min(prices, key=lambda name: prices[name])


def youngest(people: List[Tuple[str, int]]) -> Tuple[str, int]:
    return min(people, key=lambda person: person[1])


def highest(scores: List[int]) -> Optional[int]:
    return max(scores, default=None)


def clamp(value: int, low: int, high: int) -> int:
    return max(low, min(value, high))


def spread(values: List[float]) -> float:
    if not values:
        return 0.0
    return max(values) - min(values)


print(longest(["a", "bb"]), cheapest({"x": 1.0}), youngest([("a", 3)]), highest([]), clamp(5, 0, 3), spread([1.5]))
