# `is None` narrows to None in the true branch and removes None in the
# false branch; `is not None` does the reverse. Both work for any
# optional type, including unions with several members.
from typing import Optional, Union


def check(name: Optional[str]) -> None:
    if name is None:
        reveal_type(name)  # N: Revealed type is "None"
    else:
        reveal_type(name)  # N: Revealed type is "str"
    reveal_type(name)  # N: Revealed type is "str | None"


def values(value: Union[int, str, None]) -> None:
    if value is not None:
        reveal_type(value)  # N: Revealed type is "int | str"
    else:
        reveal_type(value)  # N: Revealed type is "None"


def from_call(table: dict[str, list[int]], key: str) -> None:
    found = table.get(key)
    reveal_type(found)  # N: Revealed type is "list[int] | None"
    if found is not None:
        reveal_type(found)  # N: Revealed type is "list[int]"
