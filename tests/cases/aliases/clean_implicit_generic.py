# Implicit generic aliases (`Pair = tuple[T, T]`) take their type variables in order of appearance.
from typing import Callable, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

Pair = tuple[T, T]
Table = dict[K, list[V]]
Transform = Callable[[T], T]
Vector = list[float]


def scale(vector: Vector, factor: float) -> Vector:
    return [component * factor for component in vector]


def apply_twice(step: Transform[int], start: int) -> int:
    return step(step(start))


def midpoint(segment: Pair[float]) -> float:
    low, high = segment
    return (low + high) / 2


def invert(table: Table[str, int]) -> Table[int, str]:
    inverted: Table[int, str] = {}
    for key, values in table.items():
        for value in values:
            inverted.setdefault(value, []).append(key)
    return inverted


print(scale([1.0, 2.0], 2), apply_twice(lambda n: n + 1, 0), midpoint((1.0, 3.0)))
print(invert({"a": [1, 2]}))
