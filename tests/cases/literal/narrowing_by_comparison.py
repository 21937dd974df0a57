# Comparing a union of literals with a literal narrows it, as mypy does: `==` keeps the
# literal and `!=` removes it; `in` a display of literals keeps those when true only.
from typing import Literal


def membership(v: Literal["a", "b", "c"]) -> None:
    if v in ("a", "b"):
        reveal_type(v)  # N: Revealed type is "Literal['a'] | Literal['b']"
    else:
        reveal_type(v)  # N: Revealed type is "Literal['a'] | Literal['b'] | Literal['c']"
    if v not in ["a"]:
        reveal_type(v)  # N: Revealed type is "Literal['a'] | Literal['b'] | Literal['c']"
    else:
        reveal_type(v)  # N: Revealed type is "Literal['a']"


def equality(v: Literal["a", "b", "c"], z: int | Literal["x", "y"]) -> None:
    if z == "x":
        reveal_type(z)  # N: Revealed type is "Literal['x']"
    else:
        reveal_type(z)  # N: Revealed type is "int | Literal['y']"
    if v != "c":
        reveal_type(v)  # N: Revealed type is "Literal['a'] | Literal['b']"
    else:
        reveal_type(v)  # N: Revealed type is "Literal['c']"


def numbers(level: Literal[1, 2, 3]) -> str:
    if level == 1:
        reveal_type(level)  # N: Revealed type is "Literal[1]"
        return "low"
    reveal_type(level)  # N: Revealed type is "Literal[2] | Literal[3]"
    if level == 2:
        return "mid"
    reveal_type(level)  # N: Revealed type is "Literal[3]"
    return "high"


def not_literals(s: str, b: bool, v: Literal["a", "b"]) -> None:
    if s == "a":
        reveal_type(s)  # N: Revealed type is "str"
    if b == True:
        reveal_type(b)  # N: Revealed type is "bool"
    if v == s:
        reveal_type(v)  # N: Revealed type is "Literal['a'] | Literal['b']"


def after_narrowing(mode: Literal["r", "w"]) -> Literal["r"]:
    if mode == "w":
        return "r"
    return mode


def wrong_after_narrowing(mode: Literal["r", "w"]) -> Literal["r"]:
    if mode == "r":
        return "r"
    return mode  # E: Incompatible return value type (got "Literal['w']", expected "Literal['r']")  [return-value]
