# type[C] values: instances are not classes, and a class object is not an instance.
class Shape:
    def area(self) -> float:
        return 0.0


class Square(Shape):
    def __init__(self, side: float = 1.0) -> None:
        self.side = side

    def area(self) -> float:
        return self.side**2


class Circle:
    pass


def build(kind: type[Shape]) -> Shape:
    return kind()


build(Square)
build(Square())  # E: Argument 1 to "build" has incompatible type "Square"; expected "type[Shape]"  [arg-type]
build(Circle)  # E: Argument 1 to "build" has incompatible type "type[Circle]"; expected "type[Shape]"  [arg-type]


def measure(shape: Shape) -> float:
    return shape.area()


measure(Square)  # E: Argument 1 to "measure" has incompatible type "type[Square]"; expected "Shape"  [arg-type]
