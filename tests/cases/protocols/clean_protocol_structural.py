# Classes satisfy protocols by their members alone, without naming them.
from typing import Iterable, Protocol


class SupportsArea(Protocol):
    def area(self) -> float: ...


class HasName(Protocol):
    name: str


class Square:
    def __init__(self, side: float) -> None:
        self.side = side
        self.name = "square"

    def area(self) -> float:
        return self.side**2


class Circle:
    name: str = "circle"

    def __init__(self, radius: float) -> None:
        self.radius = radius

    def area(self, precision: int = 2) -> float:
        return round(3.14159 * self.radius**2, precision)


def total_area(shapes: Iterable[SupportsArea]) -> float:
    return sum(shape.area() for shape in shapes)


def names(items: list[HasName]) -> list[str]:
    return [item.name for item in items]


print(total_area([Square(1), Circle(2)]))
print(names([Square(1), Circle(1)]))
