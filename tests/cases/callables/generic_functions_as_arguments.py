# A generic or overloaded function passed where a callable is expected is
# instantiated to fit: its type variables take what the other arguments
# have fixed, so max, min and identity-like helpers work as callbacks.
from functools import reduce
from typing import Callable, TypeVar

T = TypeVar("T")


def identity(value: T) -> T:
    return value


def first_of(items: list[T]) -> T:
    return items[0]


def apply_to_int(transform: Callable[[int], int], value: int) -> int:
    return transform(value)


def apply_to_lists(pick: Callable[[list[str]], str], groups: list[list[str]]) -> list[str]:
    return [pick(group) for group in groups]


def combine(merge: Callable[[int, int], int], left: int, right: int) -> int:
    return merge(left, right)


reveal_type(apply_to_int(identity, 3))  # N: Revealed type is "int"
reveal_type(apply_to_lists(first_of, [["a"], ["b", "c"]]))  # N: Revealed type is "list[str]"
reveal_type(combine(max, 1, 2))  # N: Revealed type is "int"
reveal_type(reduce(max, [3, 1, 2]))  # N: Revealed type is "int"
reveal_type(reduce(min, ["b", "a"]))  # N: Revealed type is "str"
combine(len, 1, 2)  # E: Argument 1 to "combine" has incompatible type "Callable[[Sized], int]"; expected "Callable[[int, int], int]"  [arg-type]
