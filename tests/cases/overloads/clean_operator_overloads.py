# Clean: an overloaded arithmetic operator on a vector class.
from typing import Union, overload


class Vector:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    @overload
    def __mul__(self, other: "Vector") -> float: ...
    @overload
    def __mul__(self, other: float) -> "Vector": ...
    def __mul__(self, other: Union["Vector", float]) -> Union[float, "Vector"]:
        if isinstance(other, Vector):
            return self.x * other.x + self.y * other.y
        return Vector(self.x * other, self.y * other)


v = Vector(1.0, 2.0)
dot: float = v * Vector(3.0, 4.0)
scaled: Vector = v * 2.5
print(dot, scaled.x)
