# Literal[...] of enum members, in annotations and as the expected type of a value.
from enum import Enum
from typing import Literal


class Direction(Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"


Vertical = Literal[Direction.NORTH, Direction.SOUTH]


def climb(direction: Vertical) -> None:
    reveal_type(direction)  # N: Revealed type is "Literal[literal_members.Direction.NORTH] | Literal[literal_members.Direction.SOUTH]"
    wrong: str = direction  # E: Incompatible types in assignment (expression has type "Literal[Direction.NORTH, Direction.SOUTH]", variable has type "str")  [assignment]


climb(Direction.NORTH)
climb(Direction.EAST)  # E: Argument 1 to "climb" has incompatible type "Literal[Direction.EAST]"; expected "Literal[Direction.NORTH, Direction.SOUTH]"  [arg-type]
north: Literal[Direction.NORTH] = Direction.NORTH
south: Literal[Direction.NORTH] = Direction.SOUTH  # E: Incompatible types in assignment (expression has type "Literal[Direction.SOUTH]", variable has type "Literal[Direction.NORTH]")  [assignment]


def turn(direction: Literal[Direction.EAST]) -> Direction:
    reveal_type(direction)  # N: Revealed type is "Literal[literal_members.Direction.EAST]"
    return direction
