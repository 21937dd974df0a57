# A class satisfies a protocol when it has every member with a fitting type.
from typing import Protocol


class Closer(Protocol):
    def close(self) -> None: ...


class Named(Protocol):
    name: str


class File:
    def __init__(self) -> None:
        self.name = "f"

    def close(self) -> None:
        pass


class Door:
    def open(self) -> None:
        pass


class NeedsForce:
    def close(self, force: bool) -> None:
        pass


class ReturnsCode:
    def close(self) -> int:
        return 0


class Numbered:
    name: int = 0


def shut(c: Closer) -> None:
    c.close()


def label(n: Named) -> str:
    return n.name


shut(File())
label(File())
shut(Door())  # E: Argument 1 to "shut" has incompatible type "Door"; expected "Closer"  [arg-type]
label(Door())  # E: Argument 1 to "label" has incompatible type "Door"; expected "Named"  [arg-type]
shut(NeedsForce())  # E: Argument 1 to "shut" has incompatible type "NeedsForce"; expected "Closer"  [arg-type]  # N: Following member(s) of "NeedsForce" have conflicts:  # N:     Expected:  # N:         def close(self) -> None  # N:     Got:  # N:         def close(self, force: bool) -> None
shut(ReturnsCode())  # E: Argument 1 to "shut" has incompatible type "ReturnsCode"; expected "Closer"  [arg-type]  # N: Following member(s) of "ReturnsCode" have conflicts:  # N:     Expected:  # N:         def close(self) -> None  # N:     Got:  # N:         def close(self) -> int
label(Numbered())  # E: Argument 1 to "label" has incompatible type "Numbered"; expected "Named"  [arg-type]  # N: Following member(s) of "Numbered" have conflicts:  # N:     name: expected "str", got "int"
closer: Closer = Door()  # E: Incompatible types in assignment (expression has type "Door", variable has type "Closer")  [assignment]
