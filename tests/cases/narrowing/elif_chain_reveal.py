# Each elif sees what the earlier conditions left over, and the final
# else gets the last remaining member of the union. A falsy check that
# returns early removes None before the chain starts.
from typing import Optional, Union


def kind(value: Union[int, str, list[str], None]) -> None:
    if value is None:
        reveal_type(value)  # N: Revealed type is "None"
    elif isinstance(value, int):
        reveal_type(value)  # N: Revealed type is "int"
    elif isinstance(value, str):
        reveal_type(value)  # N: Revealed type is "str"
    else:
        reveal_type(value)  # N: Revealed type is "list[str]"


def numbers(x: Union[int, float, complex]) -> None:
    if isinstance(x, complex):
        reveal_type(x)  # N: Revealed type is "complex"
    elif isinstance(x, float):
        reveal_type(x)  # N: Revealed type is "float"
    else:
        reveal_type(x)  # N: Revealed type is "int"


def after(x: Optional[Union[bytes, str]]) -> None:
    if not x:
        return
    elif isinstance(x, bytes):
        reveal_type(x)  # N: Revealed type is "bytes"
    else:
        reveal_type(x)  # N: Revealed type is "str"
