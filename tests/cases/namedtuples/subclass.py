# A class deriving from a named tuple keeps its fields and constructor.
from typing import NamedTuple


class Base(NamedTuple):
    x: int
    y: int = 0


class Point(Base):
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(1, 2)
reveal_type(p.norm())  # N: Revealed type is "int"
reveal_type(p[0])  # N: Revealed type is "int"
Point("1")  # E: Argument 1 to "Point" has incompatible type "str"; expected "int"  [arg-type]
Point(1, 2, 3)  # E: Too many arguments for "Point"  [call-arg]
p.x = 5  # E: Property "x" defined in "Base" is read-only  [misc]
