# What names annotated with implicit aliases reveal as: the aliased types, variables filled in.
from typing import Callable, TypeVar, Union

T = TypeVar("T")
K = TypeVar("K")

Pair = tuple[T, T]
Mapping = dict[K, list[T]]
Number = Union[int, float]
Predicate = Callable[[T], bool]


def inspect(pair: Pair[str], mapping: Mapping[int, str], number: Number, check: Predicate[int]) -> None:
    reveal_type(pair)  # N: Revealed type is "tuple[str, str]"
    reveal_type(mapping)  # N: Revealed type is "dict[int, list[str]]"
    reveal_type(number)  # N: Revealed type is "int | float"
    reveal_type(check)  # N: Revealed type is "def (int) -> bool"


def unfilled(pair: Pair, mapping: Mapping) -> None:
    reveal_type(pair)  # N: Revealed type is "tuple[Any, Any]"
    reveal_type(mapping)  # N: Revealed type is "dict[Any, list[Any]]"
