# == against a str or int literal narrows an optional value to its
# value type in the true branch, since None is never equal to a literal.
# The false branch keeps the full type, and != swaps the branches.
from typing import Optional, Union


def mode(name: Optional[str]) -> None:
    if name == "read":
        reveal_type(name)  # N: Revealed type is "str"
    else:
        reveal_type(name)  # N: Revealed type is "str | None"
    if name != "write":
        reveal_type(name)  # N: Revealed type is "str | None"
    else:
        reveal_type(name)  # N: Revealed type is "str"


def code(value: Optional[int]) -> None:
    if value == 0:
        reveal_type(value)  # N: Revealed type is "int"
    reveal_type(value)  # N: Revealed type is "int | None"


def mixed(value: Union[int, str]) -> None:
    if value == "x":
        reveal_type(value)  # N: Revealed type is "str"
