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
