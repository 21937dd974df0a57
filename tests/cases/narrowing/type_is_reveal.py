# `type(x) is C` narrows x to C in the true branch. Unlike isinstance(),
# it does not match subclasses, so the false branch keeps C as well; an
# `==` comparison of the type narrows the same way.
from typing import Union


def exact(value: Union[int, str]) -> None:
    if type(value) is int:
        reveal_type(value)  # N: Revealed type is "int"
    else:
        reveal_type(value)  # N: Revealed type is "int | str"


def compare(value: Union[float, str, None]) -> None:
    if type(value) == str:
        reveal_type(value)  # N: Revealed type is "str"
    reveal_type(value)  # N: Revealed type is "float | str | None"


def flags(value: Union[bool, str]) -> None:
    if type(value) is bool:
        reveal_type(value)  # N: Revealed type is "bool"
