# `match` narrows its subject case by case: class patterns as isinstance, literal patterns
# as ==, `None` as `is None`, and what earlier cases matched is gone from later ones.
from typing import Literal


class Circle:
    def __init__(self, radius: float) -> None:
        self.radius = radius


class Square:
    def __init__(self, side: float) -> None:
        self.side = side


def area(shape: Circle | Square) -> float:
    match shape:
        case Circle():
            reveal_type(shape)  # N: Revealed type is "match_class_and_literal_patterns.Circle"
            return 3.14 * shape.radius**2
        case Square():
            reveal_type(shape)  # N: Revealed type is "match_class_and_literal_patterns.Square"
            return shape.side**2


def describe(v: int | str | None) -> str:
    match v:
        case None:
            reveal_type(v)  # N: Revealed type is "None"
            return "nothing"
        case int() as number:
            reveal_type(number)  # N: Revealed type is "int"
            return str(number + 1)
        case other:
            reveal_type(other)  # N: Revealed type is "str"
            return other.upper()


def level(name: Literal["low", "high"]) -> int:
    match name:
        case "low":
            reveal_type(name)  # N: Revealed type is "Literal['low']"
            return 0
        case "high":
            reveal_type(name)  # N: Revealed type is "Literal['high']"
            return 1


def with_sub_patterns(v: int | str) -> str:
    match v:
        case int(real=0):
            reveal_type(v)  # N: Revealed type is "int"
            return "zero"
        case str() | int():
            reveal_type(v)  # N: Revealed type is "int | str"
            return "other"


def not_every_case(v: int | str) -> int:  # E: Missing return statement  [return]
    match v:
        case int():
            return v


def wrong_member(shape: Circle | Square) -> float:
    match shape:
        case Circle():
            return shape.side  # E: "Circle" has no attribute "side"  [attr-defined]
        case _:
            return 0.0


def guarded(v: int | str) -> str:
    match v:
        case int() if v > 0:
            return "positive"
        case int():
            reveal_type(v)  # N: Revealed type is "int"
            return "not positive"
        case str():
            return v
