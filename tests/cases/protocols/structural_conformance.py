# A class satisfies a protocol by having its members with fitting types, without naming
# it as a base; mypy's notes say which members are missing or conflict.
from typing import Iterable, Iterator, Protocol


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class English:
    def greet(self, name: str) -> str:
        return "Hello " + name


class Mute:
    def greet(self, name: str) -> int:
        return len(name)


class Picky:
    def greet(self, name: int) -> str:
        return str(name)


class Nothing:
    pass


def welcome(greeter: Greeter) -> str:
    return greeter.greet("you")


welcome(English())
welcome(Mute())  # E: Argument 1 to "welcome" has incompatible type "Mute"; expected "Greeter"  [arg-type]  # N: Following member(s) of "Mute" have conflicts:  # N:     Expected:  # N:         def greet(self, name: str) -> str  # N:     Got:  # N:         def greet(self, name: str) -> int
welcome(Picky())  # E: Argument 1 to "welcome" has incompatible type "Picky"; expected "Greeter"  [arg-type]  # N: Following member(s) of "Picky" have conflicts:  # N:     Expected:  # N:         def greet(self, name: str) -> str  # N:     Got:  # N:         def greet(self, name: int) -> str
welcome(Nothing())  # E: Argument 1 to "welcome" has incompatible type "Nothing"; expected "Greeter"  [arg-type]
greeter: Greeter = Mute()  # E: Incompatible types in assignment (expression has type "Mute", variable has type "Greeter")  [assignment]  # N: Following member(s) of "Mute" have conflicts:  # N:     Expected:  # N:         def greet(self, name: str) -> str  # N:     Got:  # N:         def greet(self, name: str) -> int


class Shape(Protocol):
    def area(self) -> float: ...

    def name(self) -> str: ...


class Square:
    def area(self) -> float:
        return 1.0


def show(shape: Shape) -> None:
    print(shape.name(), shape.area())


show(Square())  # E: Argument 1 to "show" has incompatible type "Square"; expected "Shape"  [arg-type]  # N: "Square" is missing following "Shape" protocol member:  # N:     name


class Countdown:
    def __init__(self, start: int) -> None:
        self.current = start

    def __iter__(self) -> Iterator[int]:
        while self.current > 0:
            self.current -= 1
            yield self.current


class Words:
    def __iter__(self) -> Iterator[str]:
        yield "a"


def total(numbers: Iterable[int]) -> int:
    return sum(numbers)


total(Countdown(3))
total(Words())  # E: Argument 1 to "total" has incompatible type "Words"; expected "Iterable[int]"  [arg-type]  # N: Following member(s) of "Words" have conflicts:  # N:     Expected:  # N:         def __iter__(self) -> Iterator[int]  # N:     Got:  # N:         def __iter__(self) -> Iterator[str]
