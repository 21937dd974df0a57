# A value of type Any narrows to the checked class under isinstance(), so
# the branch is checked precisely; outside the check it is Any again.
# An unannotated parameter behaves like Any.
from typing import Any


def from_any(value: Any) -> None:
    if isinstance(value, str):
        reveal_type(value)  # N: Revealed type is "str"
        value.upper()
    elif isinstance(value, (int, float)):
        reveal_type(value)  # N: Revealed type is "int | float"
    reveal_type(value)  # N: Revealed type is "Any"


def untyped(value) -> None:
    if isinstance(value, list):
        reveal_type(value)  # N: Revealed type is "list[Any]"


def parsed(data: dict[str, Any]) -> None:
    item = data["count"]
    if isinstance(item, int):
        reveal_type(item)  # N: Revealed type is "int"
    if item is not None:
        reveal_type(item)  # N: Revealed type is "Any"
