# Enums built with the functional API from a string of names, used as ordinary enums.
from enum import Enum

Color = Enum("Color", "RED GREEN BLUE")


def hex_code(color: Color) -> str:
    if color is Color.RED:
        return "#ff0000"
    if color is Color.GREEN:
        return "#00ff00"
    return "#0000ff"


def describe(color: Color) -> str:
    return f"{color.name.lower()} ({hex_code(color)})"


def palette() -> list[str]:
    return [describe(color) for color in Color]


def lookup(name: str) -> Color:
    return Color[name.upper()]


favourite: Color = Color.GREEN
codes = {color: hex_code(color) for color in Color}
print(palette(), lookup("red"), codes[favourite])
