# Callback protocols: functions with the wrong parameter or return types are rejected.
# A protocol without __call__ is compared with what a function is (`builtins.function`):
# it has a __name__ and a hash, but no length and no __await__.
from typing import Awaitable, Hashable, Protocol, Sized


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


class Named(Protocol):
    __name__: str


def describe(named: Named, key: Hashable) -> None:
    pass


def wait_for(result: Awaitable[bool]) -> None:
    pass


describe(not_empty, not_empty)
len(not_empty)  # E: Argument 1 to "len" has incompatible type "Callable[[str], bool]"; expected "Sized"  [arg-type]
wait_for(not_empty)  # E: Argument 1 to "wait_for" has incompatible type "Callable[[str], bool]"; expected "Awaitable[bool]"  [arg-type]
sized: Sized = not_empty  # E: Incompatible types in assignment (expression has type "Callable[[str], bool]", variable has type "Sized")  [assignment]
