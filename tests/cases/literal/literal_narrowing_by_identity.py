# Narrowing literal unions with `is`, `==`, `in` and early returns, as mypy does.
from typing import Literal

Status = Literal["pending", "active", "closed"]


def describe(status: Status) -> str:
    if status == "pending":
        reveal_type(status)  # N: Revealed type is "Literal['pending']"
        return "waiting"
    reveal_type(status)  # N: Revealed type is "Literal['active'] | Literal['closed']"
    if status in ("active",):
        return "running"
    reveal_type(status)  # N: Revealed type is "Literal['active'] | Literal['closed']"
    return "done"


def flag(value: Literal[True, False, None]) -> str:
    if value is None:
        return "unset"
    reveal_type(value)  # N: Revealed type is "bool"
    if value is True:
        return "on"
    reveal_type(value)  # N: Revealed type is "Literal[False]"
    return "off"


def code(level: Literal[1, 2, 3] | None) -> int:
    if level is None:
        return 0
    reveal_type(level)  # N: Revealed type is "Literal[1] | Literal[2] | Literal[3]"
    if level != 3:
        reveal_type(level)  # N: Revealed type is "Literal[1] | Literal[2]"
        return level
    return 99
