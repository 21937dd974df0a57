# match over an enum's members narrows each case and is exhaustive once all are named.
from enum import Enum
from typing import assert_never


class Light(Enum):
    RED = 1
    AMBER = 2
    GREEN = 3


def action(light: Light) -> str:
    match light:
        case Light.RED:
            reveal_type(light)  # N: Revealed type is "Literal[match_members.Light.RED]"
            return "stop"
        case Light.AMBER | Light.GREEN:
            reveal_type(light)  # N: Revealed type is "Literal[match_members.Light.AMBER] | Literal[match_members.Light.GREEN]"
            return "go"


def partial(light: Light) -> str:  # E: Missing return statement  [return]
    match light:
        case Light.RED:
            return "stop"
        case Light.AMBER:
            return "wait"


def rest(light: Light) -> str:
    match light:
        case Light.RED:
            return "stop"
        case _:
            reveal_type(light)  # N: Revealed type is "Literal[match_members.Light.AMBER] | Literal[match_members.Light.GREEN]"
            return "other"


def forgotten(light: Light) -> int:
    if light is Light.RED:
        return 1
    elif light is Light.AMBER:
        return 2
    else:
        assert_never(light)  # E: Argument 1 to "assert_never" has incompatible type "Literal[Light.GREEN]"; expected "Never"  [arg-type]
