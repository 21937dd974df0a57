# Literals joined in conditional expressions, lists and returns: what mypy infers.
from typing import Literal


def pick(fast: bool) -> None:
    speed = "fast" if fast else "slow"
    reveal_type(speed)  # N: Revealed type is "str"
    levels = [1, 2, 3]
    reveal_type(levels)  # N: Revealed type is "list[int]"
    mode: Literal["fast", "slow"] = "fast" if fast else "slow"
    reveal_type(mode)  # N: Revealed type is "Literal['fast'] | Literal['slow']"


def sign(value: int) -> Literal[-1, 0, 1]:
    if value < 0:
        return -1
    return 0 if value == 0 else 1


def wrong_sign(value: int) -> Literal[-1, 1]:
    return 0 if value == 0 else 1  # E: Incompatible return value type (got "Literal[0, 1]", expected "Literal[-1, 1]")  [return-value]


def combine(a: Literal["x"], b: Literal["y"]) -> None:
    both = [a, b]
    reveal_type(both)  # N: Revealed type is "list[str]"
    either = a if len(both) > 1 else b
    reveal_type(either)  # N: Revealed type is "Literal['x'] | Literal['y']"
