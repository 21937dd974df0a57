# A protocol class cannot be instantiated; a class that names it as a base can.
from typing import Protocol


class Sized(Protocol):
    def size(self) -> int: ...


class Box(Sized):
    def size(self) -> int:
        return 1


Sized()  # E: Cannot instantiate protocol class "Sized"  [misc]
box = Box()
reveal_type(box.size())  # N: Revealed type is "int"
