# A branch that raises never falls through, so the rest of the function
# sees the value narrowed by the negated condition. This is the usual
# way to validate arguments before using them.
from typing import Optional, Union


def require(name: Optional[str]) -> str:
    if name is None:
        raise ValueError("name is required")
    return name.strip()


def port_number(value: Union[int, str]) -> int:
    if isinstance(value, str):
        if not value.isdigit():
            raise TypeError("port must be numeric")
        value = int(value)
    if value < 0:
        raise ValueError("negative port")
    return value + 0


def lookup(table: dict[str, int], key: str) -> int:
    found = table.get(key)
    if found is None:
        raise KeyError(key)
    return found * 2


print(require(" a "), port_number("80"), lookup({"a": 1}, "a"))
