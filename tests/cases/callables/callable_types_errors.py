# Callable types: a function whose parameters or result do not fit, calling with the
# wrong arguments, and calling something that may be None.
from typing import Callable, Optional

Validator = Callable[[str], bool]


def validate(value: str, checks: list[Validator]) -> bool:
    return all(check(value) for check in checks)


def not_empty(value: str) -> bool:
    return bool(value)


def length(value: str) -> int:
    return len(value)


def is_positive(value: int) -> bool:
    return value > 0


validate("x", [not_empty, length])  # E: List item 1 has incompatible type "Callable[[str], int]"; expected "Callable[[str], bool]"  [list-item]
validate("x", [is_positive])  # E: List item 0 has incompatible type "Callable[[int], bool]"; expected "Callable[[str], bool]"  [list-item]
check: Validator = not_empty
check(1)  # E: Argument 1 has incompatible type "int"; expected "str"  [arg-type]
check("a", "b")  # E: Too many arguments  [call-arg]
callback: Optional[Callable[[], None]] = None
callback()  # E: "None" not callable  [misc]
