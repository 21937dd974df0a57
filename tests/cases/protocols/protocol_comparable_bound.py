# A TypeVar bound to a comparison protocol: builtins whose __lt__ wants their own type do not fit.
from typing import Protocol, TypeVar


class Comparable(Protocol):
    def __lt__(self, other: "Comparable", /) -> bool: ...


C = TypeVar("C", bound=Comparable)


class Version:
    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor

    def __lt__(self, other: object, /) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)


def smallest(items: list[C]) -> C:
    best = items[0]
    for item in items[1:]:
        if item < best:
            best = item
    return best


oldest: Version = smallest([Version(1, 2), Version(0, 9)])
lowest = smallest([3, 1, 2])  # E: Value of type variable "C" of "smallest" cannot be "int"  [type-var]
first = smallest(["b", "a"])  # E: Value of type variable "C" of "smallest" cannot be "str"  [type-var]
print(oldest.major, lowest, first)
