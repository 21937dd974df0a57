# list.sort() orders in place by an optional key and returns None, while
# index() and count() return ints. insert(), remove() and reverse() change
# the list in place, and copy() returns a new list of the same type.
from typing import List, Tuple


def rank(players: List[Tuple[str, int]]) -> List[str]:
    players.sort(key=lambda p: p[1], reverse=True)
    return [name for name, _ in players]


def by_length(words: List[str]) -> List[str]:
    ordered = words.copy()
    ordered.sort(key=len)
    return ordered


def position(words: List[str], word: str) -> int:
    return words.index(word) if word in words else -1


def duplicates(values: List[int]) -> List[int]:
    return [v for v in set(values) if values.count(v) > 1]


def arrange(values: List[int]) -> List[int]:
    result = values.copy()
    result.insert(0, -1)
    if 0 in result:
        result.remove(0)
    result.reverse()
    return result


def first_after(values: List[float], start: int) -> int:
    return values.index(max(values[start:]), start)


print(rank([("a", 1), ("b", 2)]), by_length(["ccc", "a"]), position(["x"], "x"), duplicates([1, 1]))
print(arrange([0, 1, 2]), first_after([1.0, 3.0, 2.0], 1))
