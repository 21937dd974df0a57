# Generic helpers written with a TypeVar work for any item type, and each
# call gets results of the type it passed in, so callers can use str or
# int methods on the results without casts.
from typing import Callable, Dict, Iterable, List, Optional, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def first(items: List[T]) -> T:
    return items[0]


def find(items: Iterable[T], test: Callable[[T], bool]) -> Optional[T]:
    for item in items:
        if test(item):
            return item
    return None


def apply_all(items: List[T], func: Callable[[T], R]) -> List[R]:
    return [func(item) for item in items]


def index_by(items: List[T], key: Callable[[T], str]) -> Dict[str, T]:
    return {key(item): item for item in items}


name = first(["ada", "bob"]).title()
total = first([1, 2]) + 1
long_word = find(["a", "abc"], lambda w: len(w) > 2)
lengths = apply_all(["a", "bb"], len)
table = index_by([3, 14], str)
print(name, total, long_word.upper() if long_word else "", sum(lengths), table["3"] * 2)
