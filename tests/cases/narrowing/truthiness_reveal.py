# Testing a value for truth removes None in the true branch. In the
# false branch None stays, together with the value type, since an empty
# list is false too. A while condition narrows its body the same way.
from typing import Optional


def text(value: Optional[str]) -> None:
    if value:
        reveal_type(value)  # N: Revealed type is "str"
    reveal_type(value)  # N: Revealed type is "str | None"


def items(values: Optional[list[int]]) -> None:
    if not values:
        reveal_type(values)  # N: Revealed type is "list[int] | None"
        return
    reveal_type(values)  # N: Revealed type is "list[int]"


def count(n: Optional[int]) -> None:
    while n:
        reveal_type(n)  # N: Revealed type is "int"
        n -= 1


def table(data: Optional[dict[str, int]]) -> None:
    if data:
        reveal_type(data)  # N: Revealed type is "dict[str, int]"
    else:
        reveal_type(data)  # N: Revealed type is "dict[str, int] | None"
