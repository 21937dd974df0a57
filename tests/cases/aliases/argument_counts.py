# mypy-args: --python-version 3.12
# Aliases given more or fewer type arguments than they have parameters.
from typing import TypeVar

T = TypeVar("T")

type Pair[T] = tuple[T, T]
type Index[K, V] = dict[K, list[V]]
type Names = list[str]
Couple = tuple[T, T]
Vector = list[float]


def swap(pair: Pair[int, str]) -> None: ...  # E: Bad number of arguments for type alias, expected 1, given 2  [type-arg]
def lookup(index: Index[str]) -> None: ...  # E: Bad number of arguments for type alias, expected 2, given 1  [type-arg]
def sorted_names(names: Names[str]) -> Vector[float]: ...  # E: Missing return statement  [empty-body]  # E: Bad number of arguments for type alias, expected 0, given 1  [type-arg]
def join(couple: Couple[int, int]) -> None: ...  # E: Bad number of arguments for type alias, expected 1, given 2  [type-arg]


class Route:
    stops: list[Pair[str, str]]  # E: Bad number of arguments for type alias, expected 1, given 2  [type-arg]

    def reverse(self) -> "Pair[str, str, str]": ...  # E: Missing return statement  [empty-body]  # E: Bad number of arguments for type alias, expected 1, given 3  [type-arg]


def clean(pair: Pair[int], index: Index[str, int], couple: Couple[str]) -> None:
    total: Pair[float] = (1.0, 2.0)
    print(pair, index, couple, total)
