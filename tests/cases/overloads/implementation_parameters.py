# An implementation must accept every signature's arguments: types, names and arity.
from typing import Optional, Union, overload


@overload
def lookup(key: int) -> int: ...
@overload
def lookup(key: str) -> str: ...
def lookup(key: int) -> Union[int, str]:  # E: Overloaded function implementation does not accept all possible parameters of signature 2  [misc]
    return key


@overload
def connect(host: str) -> None: ...
@overload
def connect(host: str, port: int) -> None: ...
def connect(address: str, port: Optional[int] = None) -> None:  # E: Overloaded function implementation does not accept all possible parameters of signature 1  [misc]  # E: Overloaded function implementation does not accept all possible parameters of signature 2  [misc]
    pass


@overload
def repeat(text: str) -> str: ...
@overload
def repeat(text: str, times: int) -> str: ...
def repeat(text: str, times: int) -> str:  # E: Overloaded function implementation does not accept all possible parameters of signature 1  [misc]
    return text * times


@overload
def ping(host: str, /) -> bool: ...
@overload
def ping(host: bytes, /) -> bool: ...
def ping(target: Union[str, bytes]) -> bool:
    return bool(target)
