# A function using a TypeVar in its parameters and return type gives back
# the type it was called with: first() of a list of str is a str, and
# pair() of an int and a str keeps both. The type is solved separately at
# every call.
from typing import Dict, List, Optional, Sequence, Tuple, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


def first(items: List[T]) -> T:
    return items[0]


def last_or_none(items: Sequence[T]) -> Optional[T]:
    return items[-1] if items else None


def pair(a: K, b: V) -> Tuple[K, V]:
    return a, b


def invert(table: Dict[K, V]) -> Dict[V, K]:
    return {v: k for k, v in table.items()}


def check(words: List[str], scores: Dict[str, float]) -> None:
    reveal_type(first(words))  # N: Revealed type is "str"
    reveal_type(first([1, 2]))  # N: Revealed type is "int"
    reveal_type(last_or_none((1.5, 2.5)))  # N: Revealed type is "float | None"
    reveal_type(last_or_none("abc"))  # N: Revealed type is "str | None"
    reveal_type(pair(1, "a"))  # N: Revealed type is "tuple[int, str]"
    reveal_type(invert(scores))  # N: Revealed type is "dict[float, str]"
    reveal_type(first([[1], [2, 3]]))  # N: Revealed type is "list[int]"
