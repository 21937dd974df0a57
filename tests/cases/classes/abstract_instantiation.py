# A class with an abstract method nobody implemented cannot be instantiated.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...


class Blob(Shape):
    pass


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side**2


Shape()  # E: Cannot instantiate abstract class "Shape" with abstract attribute "area"  [abstract]
Blob()  # E: Cannot instantiate abstract class "Blob" with abstract attribute "area"  [abstract]
Square(2.0)
Square("2")  # E: Argument 1 to "Square" has incompatible type "str"; expected "float"  [arg-type]
