# The type a TypeVar stands for is solved from the arguments of each call,
# so the result has that type and not another. Inside the function the
# TypeVar is opaque: a value of type T has only the attributes of object,
# and a value of a specific type cannot be returned in its place.
from typing import List, TypeVar

T = TypeVar("T")


def first(items: List[T]) -> T:
    return items[0]


def repeat(item: T, times: int) -> List[T]:
    return [item] * times


def broken(items: List[T]) -> T:
    return len(items)  # E: Incompatible return value type (got "int", expected "T")  [return-value]


def shout(value: T) -> str:
    return value.upper()  # E: "T" has no attribute "upper"  [attr-defined]


number: int = first(["a", "b"])  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
words: List[str] = repeat(1, 3)  # E: Argument 1 to "repeat" has incompatible type "int"; expected "str"  [arg-type]
first([1, 2]).upper()  # E: "int" has no attribute "upper"  [attr-defined]
