# Properties overriding properties, and settable properties over attributes.
class Shape:
    def __init__(self) -> None:
        self.label = "shape"

    @property
    def sides(self) -> int:
        return 0


class Triangle(Shape):
    @property
    def sides(self) -> int:
        return 3

    @property
    def label(self) -> str:
        return "triangle"

    @label.setter
    def label(self, value: str) -> None:
        pass


print(Triangle().sides, Triangle().label)
