# An assert narrows every statement after it, as if the failing case
# raised. assert isinstance() and assert with `and` narrow the same way
# as the matching if statement would.
from typing import Optional, Union


def simple(name: Optional[str]) -> None:
    reveal_type(name)  # N: Revealed type is "str | None"
    assert name is not None
    reveal_type(name)  # N: Revealed type is "str"


def by_class(value: Union[int, str, None]) -> None:
    assert isinstance(value, (int, str))
    reveal_type(value)  # N: Revealed type is "int | str"
    assert not isinstance(value, str)
    reveal_type(value)  # N: Revealed type is "int"


def both(a: Optional[float], b: Optional[list[str]]) -> None:
    assert a is not None and b
    reveal_type(a)  # N: Revealed type is "float"
    reveal_type(b)  # N: Revealed type is "list[str]"


def from_call(table: dict[str, int]) -> None:
    found = table.get("key")
    assert found is not None, "key is missing"
    reveal_type(found)  # N: Revealed type is "int"
