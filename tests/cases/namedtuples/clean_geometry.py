# Geometry with named tuples for points, frozen dataclasses for shapes and an enum of kinds.
import math
from dataclasses import dataclass
from enum import IntEnum
from typing import NamedTuple, Union


class Point(NamedTuple):
    x: float
    y: float

    def distance(self, other: "Point") -> float:
        return math.hypot(self.x - other.x, self.y - other.y)


class Kind(IntEnum):
    CIRCLE = 1
    RECTANGLE = 2


@dataclass(frozen=True)
class Circle:
    centre: Point
    radius: float
    kind: Kind = Kind.CIRCLE

    def area(self) -> float:
        return math.pi * self.radius**2


@dataclass(frozen=True)
class Rectangle:
    corner: Point
    width: float
    height: float
    kind: Kind = Kind.RECTANGLE

    def area(self) -> float:
        return self.width * self.height


Shape = Union[Circle, Rectangle]


def largest(shapes: list[Shape]) -> Shape:
    return max(shapes, key=lambda s: s.area())


origin = Point(0, 0)
shapes: list[Shape] = [Circle(origin, 1), Rectangle(Point(1, 1), 2, 3)]
big = largest(shapes)
x, y = big.centre if isinstance(big, Circle) else big.corner
print(big.kind + 1, x + y, origin.distance(Point(3, 4)), Kind(2).name)
