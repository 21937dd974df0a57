# An implementation's declared return type must be able to produce each signature's.
from typing import Optional, Union, overload


@overload
def convert(value: int) -> str: ...
@overload
def convert(value: str) -> int: ...
def convert(value: Union[int, str]) -> str:  # E: Overloaded function implementation cannot produce return type of signature 2  [misc]
    return str(value)


@overload
def percent(part: int, whole: int) -> float: ...
@overload
def percent(part: None, whole: int) -> None: ...
def percent(part: Optional[int], whole: int) -> Optional[float]:
    return None if part is None else part / whole


@overload
def decode(raw: bytes) -> str: ...
@overload
def decode(raw: list[bytes]) -> list[str]: ...
def decode(raw: Union[bytes, list[bytes]]) -> bytes:  # E: Overloaded function implementation cannot produce return type of signature 1  [misc]  # E: Overloaded function implementation cannot produce return type of signature 2  [misc]
    return b""
