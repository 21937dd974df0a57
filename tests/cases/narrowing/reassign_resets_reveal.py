# Narrowing lasts only until the variable is assigned again. The new
# value's type becomes the narrowed type, within the declared type, and
# a later check narrows once more.
from typing import Optional, Union


def reset(name: Optional[str], other: Optional[str]) -> None:
    if name is not None:
        reveal_type(name)  # N: Revealed type is "str"
        name = other
        reveal_type(name)  # N: Revealed type is "str | None"
        name = "fixed" + name if name else None
        reveal_type(name)  # N: Revealed type is "str | None"


def convert(value: Union[int, str]) -> None:
    if isinstance(value, str):
        value = int(value)
    reveal_type(value)  # N: Revealed type is "int"


def from_calls(table: dict[str, int], key: str) -> None:
    found = table.get(key)
    reveal_type(found)  # N: Revealed type is "int | None"
    found = table.get(key, 0)
    reveal_type(found)  # N: Revealed type is "int"
    found = table.get(key)
    reveal_type(found)  # N: Revealed type is "int | None"
