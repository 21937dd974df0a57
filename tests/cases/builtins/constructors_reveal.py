# tuple(), list(), set() and dict() build a container from any iterable
# and take its item type: a str gives single characters, a dict gives its
# keys, and dict() of pairs splits each pair into key and value. With no
# argument and no declared type, the item type of set() is Never.
from typing import Dict, Iterator, List, Tuple


def check(words: List[str], table: Dict[str, float], numbers: Iterator[int], pairs: List[Tuple[int, str]]) -> None:
    reveal_type(tuple(words))  # N: Revealed type is "tuple[str, ...]"
    reveal_type(list("abc"))  # N: Revealed type is "list[str]"
    reveal_type(list(table))  # N: Revealed type is "list[str]"
    reveal_type(set(numbers))  # N: Revealed type is "set[int]"
    reveal_type(frozenset(words))  # N: Revealed type is "frozenset[str]"
    reveal_type(dict(pairs))  # N: Revealed type is "dict[int, str]"
    reveal_type(dict(table))  # N: Revealed type is "dict[str, float]"
    reveal_type(list(table.items()))  # N: Revealed type is "list[tuple[str, float]]"
    reveal_type(tuple(n * 1.5 for n in numbers))  # N: Revealed type is "tuple[float, ...]"
    reveal_type(set())  # N: Revealed type is "set[Never]"
    reveal_type(dict(a=1, b=2))  # N: Revealed type is "dict[str, int]"
    reveal_type(list(range(3)))  # N: Revealed type is "list[int]"
