# A list comprehension builds a list whose element type is the type of
# its element expression, with the loop variable typed from the iterable.
# Filters, calls, tuple unpacking and enumerate all work inside.
from typing import Dict, List, Tuple


def squares(limit: int) -> List[int]:
    return [n * n for n in range(limit)]


def odd_names(names: List[str]) -> List[str]:
    return [name.title() for index, name in enumerate(names) if index % 2]


def swapped(pairs: List[Tuple[str, int]]) -> List[Tuple[int, str]]:
    return [(number, word) for word, number in pairs]


def values_over(table: Dict[str, float], limit: float) -> List[float]:
    return [value for value in table.values() if value > limit]


halves: List[float] = [n / 2 for n in squares(4)]
print(odd_names(["a", "b"]), swapped([("x", 1)]), values_over({"a": 2.0}, 1), halves)
