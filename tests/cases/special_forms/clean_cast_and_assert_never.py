# cast narrows what the checker cannot see; assert_never proves a match exhaustive: clean.
import json
from enum import Enum
from typing import assert_never, cast


class Shape(Enum):
    CIRCLE = "circle"
    SQUARE = "square"


def parse_sizes(text: str) -> list[int]:
    raw = json.loads(text)
    return cast(list[int], raw)


def corners(shape: Shape) -> int:
    if shape is Shape.CIRCLE:
        return 0
    elif shape is Shape.SQUARE:
        return 4
    else:
        assert_never(shape)


def label(value: int | str) -> str:
    match value:
        case int():
            return f"#{value}"
        case str():
            return value.title()
        case _:
            assert_never(value)


sizes = parse_sizes("[1, 2, 3]")
print(sum(sizes), corners(Shape.SQUARE), label(3), label("box"), cast("str", label(1)).upper())
