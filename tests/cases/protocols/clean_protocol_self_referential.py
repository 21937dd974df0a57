# Protocols whose methods mention the protocol itself.
from typing import Protocol


class Comparable(Protocol):
    def __lt__(self, other: "Comparable") -> bool: ...


class Addable(Protocol):
    def add(self, other: "Addable") -> "Addable": ...


class Version:
    def __init__(self, number: int) -> None:
        self.number = number

    def __lt__(self, other: "Comparable") -> bool:
        return isinstance(other, Version) and self.number < other.number

    def add(self, other: "Addable") -> "Version":
        return self


def smallest(a: Comparable, b: Comparable) -> Comparable:
    return b if b < a else a


def combine(a: Addable, b: Addable) -> Addable:
    return a.add(b)


smallest(Version(1), Version(2))
combine(Version(1), Version(3))
