# Literal types in parameters and returns: modes, directions and flags passed as literals.
from typing import Literal

Mode = Literal["r", "w", "a"]
Direction = Literal["north", "south", "east", "west"]


def open_log(path: str, mode: Mode = "r") -> str:
    return f"{path}:{mode}"


def opposite(direction: Direction) -> Direction:
    if direction == "north":
        return "south"
    if direction == "south":
        return "north"
    if direction == "east":
        return "west"
    return "east"


def verbosity(quiet: bool) -> Literal[0, 1]:
    return 0 if quiet else 1


def toggle(flag: Literal[True]) -> Literal[False]:
    return False


heading: Direction = "east"
print(open_log("app.log"), open_log("app.log", "a"), opposite(heading), verbosity(False), toggle(True))
