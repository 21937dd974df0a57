# Container constructors copy any iterable into a new container of the
# declared kind, so a tuple can become a list to be changed, a list can
# become a set to drop repeats and pairs can become a dict.
from typing import Dict, FrozenSet, Iterable, List, Set, Tuple


def editable(items: Tuple[str, ...]) -> List[str]:
    result = list(items)
    result.append("end")
    return result


def unique(words: Iterable[str]) -> Set[str]:
    return set(words)


def frozen(values: List[int]) -> FrozenSet[int]:
    return frozenset(values)


def as_table(pairs: List[Tuple[str, int]]) -> Dict[str, int]:
    return dict(pairs)


def inverted(table: Dict[str, int]) -> Dict[int, str]:
    return dict((value, key) for key, value in table.items())


def snapshot(values: List[float]) -> Tuple[float, ...]:
    return tuple(values)


def empty_table() -> Dict[str, List[int]]:
    return dict()


print(editable(("a",)), unique(["a", "a"]), frozen([1]), as_table([("a", 1)]))
print(inverted({"a": 1}), snapshot([1.5]), empty_table(), list(), set(), tuple())
