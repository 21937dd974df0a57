# mypy-args: --python-version 3.12
# PEP 695 type parameters on functions and classes, with bounds and constraints.
from typing import Sequence


def first[T](items: Sequence[T]) -> T:
    chosen: T = items[0]
    return chosen


def total[N: (int, float)](values: list[N]) -> float:
    return sum(values)


def loudest[S: str](a: S, b: S) -> S:
    return a if len(a) > len(b) else b


class Box[T]:
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


reveal_type(first([1, 2]))  # N: Revealed type is "int"
reveal_type(first("ab"))  # N: Revealed type is "str"
reveal_type(Box(3).get())  # N: Revealed type is "int"
reveal_type(loudest("a", "bb"))  # N: Revealed type is "str"
total(["a"])  # E: Value of type variable "N" of "total" cannot be "str"  [type-var]
loudest(1, 2)  # E: Value of type variable "S" of "loudest" cannot be "int"  [type-var]
wrong: Box[int] = Box("x")  # E: Argument 1 to "Box" has incompatible type "str"; expected "int"  [arg-type]
