# A while condition narrows the variable inside the body. An assignment
# in the body widens it again to the declared type, and after the loop
# the negated condition holds.
from typing import Optional


def follow(start: Optional[int]) -> None:
    node = start
    while node is not None:
        reveal_type(node)  # N: Revealed type is "int"
        node = None if node > 10 else node + 1
        reveal_type(node)  # N: Revealed type is "int | None"
    reveal_type(node)  # N: Revealed type is "None"


def consume(lines: list[str]) -> None:
    line: Optional[str] = lines.pop() if lines else None
    while line is not None:
        reveal_type(line)  # N: Revealed type is "str"
        line = lines.pop() if lines else None
    reveal_type(line)  # N: Revealed type is "None"


def forever(value: Optional[str]) -> None:
    while True:
        if value is not None:
            break
        value = input()
    reveal_type(value)  # N: Revealed type is "str"
