# A signature that an earlier, broader one always wins can never be matched.
from typing import Any, Union, overload


@overload
def serialize(value: object) -> str: ...
@overload
def serialize(value: int) -> bytes: ...  # E: Overloaded function signature 2 will never be matched: signature 1's parameter type(s) are the same or broader  [overload-cannot-match]
def serialize(value: object) -> Union[str, bytes]:
    return str(value)


@overload
def render(template: Any) -> str: ...
@overload
def render(template: str) -> bytes: ...  # E: Overloaded function signature 2 will never be matched: signature 1's parameter type(s) are the same or broader  [overload-cannot-match]
def render(template: Any) -> Union[str, bytes]:
    return str(template)


@overload
def resize(width: int, height: int = ...) -> tuple[int, int]: ...
@overload
def resize(width: int) -> int: ...  # E: Overloaded function signature 2 will never be matched: signature 1's parameter type(s) are the same or broader  [overload-cannot-match]
def resize(width: int, height: int = 0) -> Union[int, tuple[int, int]]:
    return (width, height)


@overload
def mean(values: float) -> float: ...
@overload
def mean(values: int) -> str: ...  # E: Overloaded function signature 2 will never be matched: signature 1's parameter type(s) are the same or broader  [overload-cannot-match]
def mean(values: float) -> Union[float, str]:
    return values
