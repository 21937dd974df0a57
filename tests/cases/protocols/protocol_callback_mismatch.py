# Callback protocols: functions with the wrong parameter or return types are rejected.
from typing import Protocol


class Validator(Protocol):
    def __call__(self, text: str) -> bool: ...


def not_empty(text: str) -> bool:
    return bool(text)


def word_count(text: str) -> int:
    return len(text.split())


def positive(number: int) -> bool:
    return number > 0


def validate(text: str, checks: list[Validator]) -> bool:
    return all(check(text) for check in checks)


def apply(check: Validator, text: str) -> bool:
    return check(text)


apply(not_empty, "hello")
apply(word_count, "hello world")  # E: Argument 1 to "apply" has incompatible type "Callable[[str], int]"; expected "Validator"  [arg-type]  # N: "Validator.__call__" has type "def __call__(self, text: str) -> bool"
apply(positive, "3")  # E: Argument 1 to "apply" has incompatible type "Callable[[int], bool]"; expected "Validator"  [arg-type]  # N: "Validator.__call__" has type "def __call__(self, text: str) -> bool"
