# Generic functions: the type variable is solved per call, and the result has the
# solved type. A parameter that is a union of several generic types learns from
# the members the argument can be. A variable no argument determines is
# "Never" in the error about the argument.
from typing import Callable, Iterator, Sequence, TypeVar

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


def drain(source: Iterator[T] | Sequence[T] | Callable[[], T]) -> list[T]:
    return []


lengths = drain(iter([1, 2]))
lengths.append("3")  # E: Argument 1 to "append" of "list" has incompatible type "str"; expected "int"  [arg-type]
pairs = drain(("a", "b"))
reveal_type(pairs)  # N: Revealed type is "list[str]"
reveal_type(drain(float))  # N: Revealed type is "list[float]"
first(3)  # E: Argument 1 to "first" has incompatible type "int"; expected "Sequence[Never]"  [arg-type]
