# A generic dataclass solves its type variables from the constructor's arguments.
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass
class Box(Generic[T]):
    item: T
    count: int = 1


reveal_type(Box(1))  # N: Revealed type is "generic.Box[int]"
reveal_type(Box("a").item)  # N: Revealed type is "str"
b: Box[str] = Box(1)  # E: Argument 1 to "Box" has incompatible type "int"; expected "str"  [arg-type]


@dataclass
class IntBox(Box[int]):
    label: str = ""


IntBox(1, 2, "x")
IntBox("one")  # E: Argument 1 to "IntBox" has incompatible type "str"; expected "int"  [arg-type]
reveal_type(IntBox(3).item)  # N: Revealed type is "int"


@dataclass
class Bag(Generic[T]):
    items: list[T] = field(default_factory=list)


empty = Bag[str]()
reveal_type(empty)  # N: Revealed type is "generic.Bag[str]"
Bag[int](["a"])  # E: List item 0 has incompatible type "str"; expected "int"  [list-item]
reveal_type(Bag[int]([1]).items)  # N: Revealed type is "list[int]"
