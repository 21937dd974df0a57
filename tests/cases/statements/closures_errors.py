# A nested function is checked against its own signature and sees the
# types of the names it closes over. Returning it where a different
# Callable is expected, or calling it wrongly, is reported.
from typing import Callable


def make_adder(amount: int) -> Callable[[int], int]:
    def add(n: int) -> str:
        return n + amount  # E: Incompatible return value type (got "int", expected "str")  [return-value]

    return add  # E: Incompatible return value type (got "Callable[[int], str]", expected "Callable[[int], int]")  [return-value]


def make_counter() -> Callable[[], int]:
    label = "count"

    def count() -> int:
        return label  # E: Incompatible return value type (got "str", expected "int")  [return-value]

    return count


def outer(prefix: str) -> str:
    def inner(text: str) -> str:
        return prefix + text

    inner(5)  # E: Argument 1 to "inner" has incompatible type "int"; expected "str"  [arg-type]
    return inner  # E: Incompatible return value type (got "Callable[[str], str]", expected "str")  [return-value]
