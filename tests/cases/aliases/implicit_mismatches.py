# Implicit and TypeAlias aliases, plain and generic, checked at calls, returns and assignments.
from typing import Callable, Optional, TypeAlias, TypeVar

T = TypeVar("T")

Vector = list[float]
Pair = tuple[T, T]
Handler = Callable[[str], int]
MaybeName: TypeAlias = Optional[str]
Count: TypeAlias = "int"


def norm(vector: Vector) -> float:
    return sum(component * component for component in vector) ** 0.5


def swap(pair: Pair[int]) -> Pair[int]:
    return (pair[1], pair[0])


def run(handler: Handler) -> int:
    return handler("go")


norm(["1.0"])  # E: List item 0 has incompatible type "str"; expected "float"  [list-item]
swap((1, "2"))  # E: Argument 1 to "swap" has incompatible type "tuple[int, str]"; expected "tuple[int, int]"  [arg-type]
run(len)
run(str.upper)  # E: Argument 1 to "run" has incompatible type "Callable[[str], str]"; expected "Callable[[str], int]"  [arg-type]
name: MaybeName = 3  # E: Incompatible types in assignment (expression has type "int", variable has type "str | None")  [assignment]
count: Count = "three"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
bare: Pair = (1, "x")


def first(pair: Pair[str]) -> int:
    return pair[0]  # E: Incompatible return value type (got "str", expected "int")  [return-value]
