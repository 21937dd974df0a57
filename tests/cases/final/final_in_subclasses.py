# Subclasses may not assign or redefine what a base class declared final.
from typing import Final


class Shape:
    SIDES: Final[int] = 0
    kind: Final = "shape"

    def __init__(self, label: str) -> None:
        self.label: Final = label


class Triangle(Shape):
    SIDES = 3  # E: Cannot assign to final name "SIDES"  [misc]

    def __init__(self) -> None:
        super().__init__("triangle")
        self.label = "tri"  # E: Cannot assign to final attribute "label"  [misc]


class Square(Shape):
    kind: str = "square"  # E: Cannot assign to final name "kind"  [misc]

    @property  # E: Cannot override final attribute "label" (previously declared in base class "Shape")  [misc]
    def label(self) -> str:
        return "square"


def relabel(shape: Shape | None) -> None:
    if shape is not None:
        shape.label = "other"  # E: Cannot assign to final attribute "label"  [misc]
