# Clean: overloads in a Protocol need no implementation; a class implementing them satisfies it.
from typing import Protocol, Union, overload


class Codec(Protocol):
    @overload
    def encode(self, data: str) -> bytes: ...
    @overload
    def encode(self, data: bytes) -> bytes: ...


class Utf8:
    @overload
    def encode(self, data: str) -> bytes: ...
    @overload
    def encode(self, data: bytes) -> bytes: ...
    def encode(self, data: Union[str, bytes]) -> bytes:
        return data.encode() if isinstance(data, str) else data


def send(codec: Codec, message: str) -> int:
    return len(codec.encode(message))


print(send(Utf8(), "hello"))
