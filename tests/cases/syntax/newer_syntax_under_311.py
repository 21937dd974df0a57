# mypy-args: --python-version 3.11
# Type parameter lists (PEP 695) and `type` statements need Python 3.12: under an older
# target each is a syntax error, though not one that stops the file from being checked.
from typing import Callable


class Box[T]:  # E: Improved type parameter syntax: requires Python 3.12 or newer (current target: Python 3.11)  [syntax]
    pass


def first[T](items: list[T]) -> T:  # E: Improved type parameter syntax: requires Python 3.12 or newer (current target: Python 3.11)  [syntax]
    return items[0]


def outer() -> None:
    class Inner[T]:  # E: Improved type parameter syntax: requires Python 3.12 or newer (current target: Python 3.11)  [syntax]
        pass


type Handler = Callable[[int], None]  # E: "type" statements: requires Python 3.12 or newer (current target: Python 3.11)  [syntax]

n: int = "checked anyway"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
