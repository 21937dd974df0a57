# Concrete subclasses of abstract classes are instantiated freely; an abstract
# class is still a fine annotation and base.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @property
    @abstractmethod
    def name(self) -> str: ...

    def describe(self) -> str:
        return f"{self.name}: {self.area()}"


class Circle(Shape):
    def __init__(self, radius: float) -> None:
        self.radius = radius

    def area(self) -> float:
        return 3.14 * self.radius**2

    @property
    def name(self) -> str:
        return "circle"


class Unit(Circle):
    def __init__(self) -> None:
        super().__init__(1.0)


shapes: list[Shape] = [Circle(2.0), Unit()]
total = sum(shape.area() for shape in shapes)
print(total, shapes[0].describe())
