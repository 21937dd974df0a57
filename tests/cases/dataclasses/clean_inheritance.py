# Dataclass hierarchies: base fields first, overridden defaults, mixins and plain bases.
from dataclasses import dataclass


class Describable:
    def describe(self) -> str:
        return type(self).__name__


@dataclass
class Shape(Describable):
    name: str
    sides: int = 0


@dataclass
class Polygon(Shape):
    sides: int = 3
    regular: bool = False


@dataclass
class Square(Polygon):
    sides: int = 4
    regular: bool = True
    length: float = 1.0


class Named(Square):
    def title(self) -> str:
        return self.name.title()


shapes: list[Shape] = [Shape("dot"), Polygon("tri"), Square("sq", 4, True, 2.0)]
square = Named("box", length=3)
print([s.describe() for s in shapes], square.title(), square.length * square.sides)
