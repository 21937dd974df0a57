# Named tuples made with typing.NamedTuple's functional form, used like class-syntax ones.
from typing import NamedTuple
import math

Point = NamedTuple("Point", [("x", float), ("y", float)])
Segment = NamedTuple("Segment", [("start", Point), ("end", Point)])


def length(segment: Segment) -> float:
    dx = segment.end.x - segment.start.x
    dy = segment.end.y - segment.start.y
    return math.hypot(dx, dy)


def midpoint(segment: Segment) -> Point:
    (x1, y1), (x2, y2) = segment
    return Point((x1 + x2) / 2, (y1 + y2) / 2)


def shifted(point: Point, by: float) -> Point:
    return point._replace(x=point.x + by)


def as_pair(point: Point) -> tuple[float, float]:
    return point


origin = Point(0.0, 0.0)
diagonal = Segment(origin, Point(x=3.0, y=4.0))
print(length(diagonal), midpoint(diagonal), shifted(origin, 1.5), as_pair(origin))
print(diagonal._asdict(), Point._fields, Point._make([1.0, 2.0]))
