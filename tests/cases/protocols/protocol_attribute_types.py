# Protocol attributes: a class whose attribute has another type does not conform.
from typing import Protocol


class Sized2D(Protocol):
    width: int
    height: int


class Screen:
    def __init__(self, width: int, height: int) -> None:
        self.width = width
        self.height = height


class Banner:
    def __init__(self, width: int) -> None:
        self.width = width
        self.height = "auto"


def area(box: Sized2D) -> int:
    return box.width * box.height


area(Screen(1920, 1080))
area(Banner(728))  # E: Argument 1 to "area" has incompatible type "Banner"; expected "Sized2D"  [arg-type]  # N: Following member(s) of "Banner" have conflicts:  # N:     height: expected "int", got "str"
