# An enum that declares _value_ says what .value is, whatever its members hold.
from enum import Enum


class Code(Enum):
    _value_: int
    OK = 200
    MISSING = 404


class Planet(Enum):
    _value_: float
    EARTH = 1.0
    MARS = 0.5

    def __init__(self, gravity: float) -> None:
        self.gravity = gravity


def check(code: Code, planet: Planet) -> None:
    reveal_type(code.value)  # N: Revealed type is "int"
    reveal_type(planet.value)  # N: Revealed type is "float"
    reveal_type(planet.gravity)  # N: Revealed type is "float"
    text: str = code.value  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]


reveal_type(Code.OK.value)  # N: Revealed type is "Literal[200]?"
reveal_type(Code.OK._value_)  # N: Revealed type is "int"
