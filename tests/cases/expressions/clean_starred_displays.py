# Starred items splice iterables into list, set and tuple displays, and
# `**` items merge dicts into a dict display; plain items may appear
# before, between and after them. With matching element types the result
# fits the declared type.
from typing import Dict, List, Set, Tuple


def chain(first: List[int], second: List[int]) -> List[int]:
    return [*first, 0, *second]


def unique(words: List[str], extra: Tuple[str, ...]) -> Set[str]:
    return {*words, *extra, "default"}


def config(defaults: Dict[str, int], overrides: Dict[str, int]) -> Dict[str, int]:
    return {**defaults, "version": 2, **overrides}


def wrap(row: Tuple[int, str]) -> Tuple[str, int, str, str]:
    return ("start", *row, "end")


letters: List[str] = [*"abc", *["d"]]
numbers: List[float] = [*range(3), 1.5]
print(chain([1], [2]), unique([], ()), config({}, {}), wrap((1, "a")), letters, numbers)
