# With a tuple of classes, isinstance() narrows to the union of the
# members that match any class in the tuple, and the false branch keeps
# the members matching none of them.
from typing import Optional, Union


def classify(value: Union[int, float, str, bytes, None]) -> None:
    if isinstance(value, (int, float)):
        reveal_type(value)  # N: Revealed type is "int | float"
    elif isinstance(value, (str, bytes)):
        reveal_type(value)  # N: Revealed type is "str | bytes"
    else:
        reveal_type(value)  # N: Revealed type is "None"


def items(data: Union[list[str], tuple[str, ...], dict[str, int]]) -> None:
    if isinstance(data, (list, tuple)):
        reveal_type(data)  # N: Revealed type is "list[str] | tuple[str, ...]"
    else:
        reveal_type(data)  # N: Revealed type is "dict[str, int]"


def text(value: Optional[Union[str, int]]) -> None:
    if not isinstance(value, (str, int)):
        reveal_type(value)  # N: Revealed type is "None"
    else:
        reveal_type(value)  # N: Revealed type is "str | int"
