# isinstance() with a tuple of classes narrows to the union of those
# classes, and the else branch keeps whatever is left. A check against
# several numeric classes allows arithmetic in the matching branch.
from typing import Union

Value = Union[int, float, str, bytes, None]


def to_number(value: Value) -> float:
    if isinstance(value, (int, float)):
        return value * 1.0
    if isinstance(value, (str, bytes)):
        return float(len(value))
    return 0.0


def text_of(value: Value) -> str:
    if isinstance(value, (bytes, type(None))):
        return ""
    elif isinstance(value, (int, float)):
        return str(round(value))
    return value.lower()


print(to_number(3), to_number(b"ab"), text_of("X"), text_of(None))
