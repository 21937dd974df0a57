# A dataclass's generated __init__ takes its annotated fields, in order.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int
    label: str = ""


Point(1, 2)
Point(1, 2, "origin")
Point(x=1, y=2, label="a")
Point("1", 2)  # E: Argument 1 to "Point" has incompatible type "str"; expected "int"  [arg-type]
Point(1)  # E: Missing positional argument "y" in call to "Point"  [call-arg]
Point()  # E: Missing positional arguments "x", "y" in call to "Point"  [call-arg]
Point(1, 2, "a", 4)  # E: Too many arguments for "Point"  [call-arg]
Point(1, 2, colour="red")  # E: Unexpected keyword argument "colour" for "Point"  [call-arg]
Point(1, y="2")  # E: Argument "y" to "Point" has incompatible type "str"; expected "int"  [arg-type]
Point(1, 2, label=None)  # E: Argument "label" to "Point" has incompatible type "None"; expected "str"  [arg-type]

p = Point(3, 4)
reveal_type(p)  # N: Revealed type is "constructor_errors.Point"
reveal_type(p.x)  # N: Revealed type is "int"
reveal_type(p.label)  # N: Revealed type is "str"
p.z  # E: "Point" has no attribute "z"  [attr-defined]
p.x = "five"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
reveal_type(Point.__init__)  # N: Revealed type is "def (self: constructor_errors.Point, x: int, y: int, label: str =)"
