# Overloads whose arguments overlap while their return types do not agree.
from typing import Union, overload


@overload
def describe(flag: bool) -> str: ...  # E: Overloaded function signatures 1 and 2 overlap with incompatible return types  [overload-overlap]
@overload
def describe(flag: int) -> int: ...
def describe(flag: int) -> Union[int, str]:
    return str(flag) if isinstance(flag, bool) else flag


class Event:
    pass


class Click(Event):
    pass


@overload
def handle(event: Click) -> str: ...  # E: Overloaded function signatures 1 and 2 overlap with incompatible return types  [overload-overlap]
@overload
def handle(event: Event) -> int: ...
def handle(event: Event) -> Union[int, str]:
    return "click" if isinstance(event, Click) else 0


@overload
def label(value: int) -> int: ...  # E: Overloaded function signatures 1 and 3 overlap with incompatible return types  [overload-overlap]
@overload
def label(value: str) -> str: ...  # E: Overloaded function signatures 2 and 3 overlap with incompatible return types  [overload-overlap]
@overload
def label(value: object) -> bytes: ...
def label(value: object) -> object:
    return value
