# Generic functions: the type variable is solved per call, and the result has the
# solved type.
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
K = TypeVar("K")


def first(items: Sequence[T]) -> T:
    return items[0]


def group_by(items: list[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    groups: dict[K, list[T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups


words = ["apple", "avocado", "banana"]
initial: int = first(words)  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
by_letter = group_by(words, lambda w: w[0])
by_letter["a"].append(3)  # E: Argument 1 to "append" of "list" has incompatible type "int"; expected "str"  [arg-type]
by_length = group_by(words, len)
by_length["five"]  # E: Invalid index type "str" for "dict[int, list[str]]"; expected type "int"  [index]
