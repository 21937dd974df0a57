# mypy's errors about an enum's body: annotated members, reused names, extending members.
from enum import Enum


class Shape(Enum):
    CIRCLE: int = 1  # E: Enum members must be left unannotated  [misc]  # N: See https://typing.readthedocs.io/en/latest/spec/enums.html#defining-members
    SQUARE = 2
    _cache: dict[str, int] = {}  # E: Enum members must be left unannotated  [misc]  # N: See https://typing.readthedocs.io/en/latest/spec/enums.html#defining-members


class Round(Shape):  # E: Cannot extend enum with existing members: "Shape"  [misc]
    OVAL = 3


class Colour(Enum):
    RED = 1
    GREEN = 2
    RED = 3  # E: Attempted to reuse member name "RED" in Enum definition "Colour"  [misc]


class Base(Enum):
    def label(self) -> str:
        return self.name.lower()


class Fruit(Base):
    APPLE = "apple"


Fruit.APPLE.label()
