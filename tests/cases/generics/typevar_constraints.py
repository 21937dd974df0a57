# A constrained type variable is solved to the first constraint the arguments fit; a
# value no constraint accepts is an error at the call.
from typing import AnyStr, TypeVar

Number = TypeVar("Number", int, float)


def add(a: Number, b: Number) -> Number:
    return a + b


def concat(a: AnyStr, b: AnyStr) -> AnyStr:
    return a + b


reveal_type(add(1, 2))  # N: Revealed type is "int"
reveal_type(add(1, 2.5))  # N: Revealed type is "float"
reveal_type(add(True, 2))  # N: Revealed type is "int"
reveal_type(concat("a", "b"))  # N: Revealed type is "str"
reveal_type(concat(b"a", b"b"))  # N: Revealed type is "bytes"
add("a", "b")  # E: Value of type variable "Number" of "add" cannot be "str"  [type-var]
concat("a", b"b")  # E: Value of type variable "AnyStr" of "concat" cannot be "Sequence[object]"  [type-var]
total: int = add(1, 2)
half: int = add(1, 0.5)  # E: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]


class Scale:
    def times(self, value: Number, factor: Number) -> Number:
        return value * factor


Scale().times("x", "y")  # E: Value of type variable "Number" of "times" of "Scale" cannot be "str"  [type-var]
reveal_type(Scale().times(2, 3))  # N: Revealed type is "int"
