# Solving a type variable through a protocol whose method returns the protocol itself
# terminates, and finds the variable from the other members.
from typing import Protocol, TypeVar

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Chain(Protocol[T_co]):
    def value(self) -> T_co: ...

    def next(self) -> "Chain[T_co]": ...


class Countdown:
    def __init__(self, start: int) -> None:
        self.start = start

    def value(self) -> int:
        return self.start

    def next(self) -> "Countdown":
        return Countdown(self.start - 1)


def second(chain: Chain[T]) -> T:
    return chain.next().value()


remaining: int = second(Countdown(3))
print(remaining)
