# A NamedTuple class's constructor takes its fields, in order, with their defaults.
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int
    label: str = ""


Point(1, 2)
Point(1, 2, "a")
Point(x=1, y=2)
Point(1, 2, "a", 3)  # E: Too many arguments for "Point"  [call-arg]
Point("1", 2)  # E: Argument 1 to "Point" has incompatible type "str"; expected "int"  [arg-type]
Point(1)  # E: Missing positional argument "y" in call to "Point"  [call-arg]
Point()  # E: Missing positional arguments "x", "y" in call to "Point"  [call-arg]
Point(1, 2, colour="red")  # E: Unexpected keyword argument "colour" for "Point"  [call-arg]
Point(1, 2, label=None)  # E: Argument "label" to "Point" has incompatible type "None"; expected "str"  [arg-type]
reveal_type(Point(1, 2))  # N: Revealed type is "tuple[int, int, str, fallback=constructor.Point]"
