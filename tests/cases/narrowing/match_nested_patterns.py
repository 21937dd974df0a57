# Patterns nest: class patterns with keyword sub-patterns, sequences inside sequences,
# and or-patterns of sequences, each capture getting the type found there.
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Line:
    start: Point
    end: Point
    label: str


def length(shape: Line | Point | list[Point]) -> float:
    match shape:
        case Line(start=Point(x=x1, y=y1), end=Point(x=x2, y=y2), label=name):
            reveal_type(name)  # N: Revealed type is "str"
            return ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
        case Point(x=x, y=y):
            reveal_type(x)  # N: Revealed type is "float"
            return 0.0
        case [Point() as a, Point() as b] | [Point() as a, _, Point() as b]:
            reveal_type(a)  # N: Revealed type is "match_nested_patterns.Point"
            return abs(a.x - b.x)
        case _:
            return -1.0


def bounds(grid: list[tuple[int, int]]) -> int:
    match grid:
        case [(x, y), *_]:
            return x + y
        case []:
            return 0
    return len(grid)
