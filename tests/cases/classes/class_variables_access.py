# Class variables read through the class and instances; methods read through the
# class are plain functions.
from typing import ClassVar


class Counter:
    total: ClassVar[int] = 0
    step = 1

    def bump(self) -> int:
        Counter.total += self.step
        return Counter.total


reveal_type(Counter.total)  # N: Revealed type is "int"
reveal_type(Counter().step)  # N: Revealed type is "int"
reveal_type(Counter.bump)  # N: Revealed type is "def (self: class_variables_access.Counter) -> int"
Counter.bump()  # E: Missing positional argument "self" in call to "bump" of "Counter"  [call-arg]
Counter.bump(Counter())
Counter.total = "many"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
Counter().step = "big"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
