# The type of a call is the matching variant's return type.
from typing import Optional, Union, overload


@overload
def pick(choice: int) -> int: ...
@overload
def pick(choice: str) -> str: ...
@overload
def pick(choice: None) -> None: ...
def pick(choice: Union[int, str, None]) -> Union[int, str, None]:
    return choice


def read_config(key: Optional[str]) -> None:
    reveal_type(pick(3))  # N: Revealed type is "int"
    reveal_type(pick("x"))  # N: Revealed type is "str"
    reveal_type(pick(None))  # N: Revealed type is "None"
    value: int = pick("port")  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]


# An unpacked iterable of unknown length tries the variants with *args first; a
# tuple's length is known, so its variants are tried in order.
@overload
def combine(first: int, /) -> tuple[int]: ...
@overload
def combine(first: int, second: int, /) -> tuple[int, int]: ...
@overload
def combine(*values: int) -> list[int]: ...
def combine(*values: int) -> Union[tuple[int], tuple[int, int], list[int]]:
    return list(values)


def combine_all(values: list[int], pair: tuple[int, int]) -> None:
    reveal_type(combine(*values))  # N: Revealed type is "list[int]"
    reveal_type(combine(*pair))  # N: Revealed type is "tuple[int, int]"
    reveal_type(combine(1))  # N: Revealed type is "tuple[int]"
