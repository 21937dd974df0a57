# Truthiness narrows bool to its literals, and str, int and bytes to their empty literal
# when false; `is True` / `is False` pick one bool literal, as mypy narrows them.
from typing import Literal


def f(x: bool, y: bool | str, z: int | None, w: Literal["", "a"], n: Literal[0, 1]) -> None:
    if x:
        reveal_type(x)  # N: Revealed type is "Literal[True]"
    else:
        reveal_type(x)  # N: Revealed type is "Literal[False]"
    if y:
        reveal_type(y)  # N: Revealed type is "Literal[True] | str"
    else:
        reveal_type(y)  # N: Revealed type is "Literal[False] | Literal['']"
    if not z:
        reveal_type(z)  # N: Revealed type is "Literal[0] | None"
    else:
        reveal_type(z)  # N: Revealed type is "int"
    if w:
        reveal_type(w)  # N: Revealed type is "Literal['a']"
    else:
        reveal_type(w)  # N: Revealed type is "Literal['']"
    if n:
        reveal_type(n)  # N: Revealed type is "Literal[1]"
    else:
        reveal_type(n)  # N: Revealed type is "Literal[0]"
    reveal_type(y)  # N: Revealed type is "bool | str"


def identity(prompt: bool | str, flag: bool) -> None:
    if prompt is True:
        reveal_type(prompt)  # N: Revealed type is "Literal[True]"
    elif prompt is False:
        reveal_type(prompt)  # N: Revealed type is "Literal[False]"
    else:
        reveal_type(prompt)  # N: Revealed type is "str"
    if flag is True:
        reveal_type(flag)  # N: Revealed type is "Literal[True]"
    else:
        reveal_type(flag)  # N: Revealed type is "Literal[False]"
    if prompt is not False:
        reveal_type(prompt)  # N: Revealed type is "Literal[True] | str"
    if prompt == True:
        reveal_type(prompt)  # N: Revealed type is "bool"
