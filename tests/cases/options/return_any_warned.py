# mypy-args: --warn-return-any
from typing import Any
import typing


def from_any(data: Any) -> int:
    return data  # E: Returning Any from function declared to return "int"  [no-any-return]


def from_typing_any(data: typing.Any) -> str:
    return data  # E: Returning Any from function declared to return "str"  [no-any-return]


def to_object(data: Any) -> object:
    return data


def to_any(data: Any) -> Any:
    return data


def narrowed(data: Any) -> int:
    if isinstance(data, int):
        return data
    return 0


def untyped(data):
    return data
