# Exhaustiveness over a functional enum's members with `match` and `assert_never`.
# mypy-args: --python-version 3.11
from enum import Enum
from typing import assert_never

Signal = Enum("Signal", "RED AMBER GREEN")


def wait_seconds(signal: Signal) -> int:
    match signal:
        case Signal.RED:
            return 30
        case Signal.AMBER:
            return 3
        case Signal.GREEN:
            return 0
        case _:
            assert_never(signal)


def forgot_one(signal: Signal) -> int:
    if signal is Signal.RED:
        return 30
    elif signal is Signal.AMBER:
        return 3
    else:
        assert_never(signal)  # E: Argument 1 to "assert_never" has incompatible type "Literal[Signal.GREEN]"; expected "Never"  [arg-type]


def can_go(signal: Signal) -> bool:
    return signal == Signal.GREEN


print(wait_seconds(Signal.RED), forgot_one(Signal.AMBER), can_go(Signal.GREEN))
