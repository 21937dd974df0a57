# After an if block that ends in return or raise, the rest of the
# function sees the negated condition. A block that may fall through
# does not narrow anything after it.
from typing import Optional, Union


def after_return(name: Optional[str]) -> None:
    if name is None:
        return
    reveal_type(name)  # N: Revealed type is "str"


def after_raise(value: Union[int, str]) -> None:
    if isinstance(value, str):
        raise TypeError(value)
    reveal_type(value)  # N: Revealed type is "int"


def falls_through(value: Optional[int]) -> None:
    if value is None:
        print("missing")
    reveal_type(value)  # N: Revealed type is "int | None"


def chain(value: Union[int, str, bytes, None]) -> None:
    if value is None:
        return
    if isinstance(value, bytes):
        raise ValueError("bytes")
    reveal_type(value)  # N: Revealed type is "int | str"
