# object accepts anything but allows nothing; Any allows everything.
from typing import Any


def log_value(value: object) -> str:
    return repr(value)


def shout(value: object) -> str:
    return value.upper()  # E: "object" has no attribute "upper"  [attr-defined]


def shout_any(value: Any) -> str:
    return value.upper()


def add_one(value: object) -> int:
    return value + 1  # E: Unsupported operand types for + ("object" and "int")  [operator]


def length(value: object) -> int:
    if isinstance(value, str):
        return len(value)
    return 0


def to_int(value: object) -> int:
    return value  # E: Incompatible return value type (got "object", expected "int")  [return-value]


log_value(3)
log_value(None)
print(shout_any("hi"), length("abc"), add_one(1))
