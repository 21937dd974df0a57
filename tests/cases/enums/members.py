# An enum's members are instances of the enum; unknown names are errors.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


def paint(color: Color) -> str:
    return color.name


paint(Color.RED)
paint(Color.BLUE)
paint(1)  # E: Argument 1 to "paint" has incompatible type "int"; expected "Color"  [arg-type]
paint("RED")  # E: Argument 1 to "paint" has incompatible type "str"; expected "Color"  [arg-type]
paint(Color.PURPLE)  # E: "type[Color]" has no attribute "PURPLE"  [attr-defined]
Color.RED.shade  # E: "Color" has no attribute "shade"  [attr-defined]
wanted: int = Color.GREEN  # E: Incompatible types in assignment (expression has type "Color", variable has type "int")  [assignment]
favourite: Color = Color.RED
reveal_type(favourite)  # N: Revealed type is "members.Color"
