# isinstance() narrows a union to the checked class in the true branch
# and to the other members in the false branch. bool is a subclass of
# int, so an int check keeps bool; an int is not an instance of float.
from typing import Union


def show(value: Union[int, str, list[int]]) -> None:
    if isinstance(value, str):
        reveal_type(value)  # N: Revealed type is "str"
    else:
        reveal_type(value)  # N: Revealed type is "int | list[int]"
    if isinstance(value, list):
        reveal_type(value)  # N: Revealed type is "list[int]"
        return
    reveal_type(value)  # N: Revealed type is "int | str"


def flags(flag: Union[bool, str]) -> None:
    if isinstance(flag, int):
        reveal_type(flag)  # N: Revealed type is "bool"
    else:
        reveal_type(flag)  # N: Revealed type is "str"


def numbers(x: Union[int, float]) -> None:
    if isinstance(x, float):
        reveal_type(x)  # N: Revealed type is "float"
    else:
        reveal_type(x)  # N: Revealed type is "int"
