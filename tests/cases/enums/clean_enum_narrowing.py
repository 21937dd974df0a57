# Narrowing an enum by comparisons with its members, in realistic branches.
from enum import Enum
from typing import Optional


class Shape(Enum):
    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"


def sides(shape: Shape) -> int:
    if shape is Shape.CIRCLE:
        return 0
    if shape == Shape.SQUARE:
        return 4
    return 3


def describe(shape: Optional[Shape]) -> str:
    if shape is None:
        return "nothing"
    if shape is not Shape.CIRCLE:
        corners: int = sides(shape)
        return f"{corners} corners"
    return shape.value


def same(a: Shape, b: Shape) -> bool:
    if a is Shape.CIRCLE and b is Shape.CIRCLE:
        return True
    return a == b


print(sides(Shape.TRIANGLE), describe(Shape.SQUARE), same(Shape.CIRCLE, Shape.SQUARE))
