# Generic protocols: a class whose method types do not match the protocol's arguments.
from typing import Protocol, TypeVar

T_co = TypeVar("T_co", covariant=True)


class Source(Protocol[T_co]):
    def read(self) -> T_co: ...


class LineReader:
    def read(self) -> str:
        return "line"


class ByteReader:
    def read(self) -> bytes:
        return b"chunk"


def total_length(source: Source[str]) -> int:
    return len(source.read())


def first_byte(source: Source[bytes]) -> int:
    return source.read()[0]


total_length(LineReader())
first_byte(ByteReader())
total_length(ByteReader())  # E: Argument 1 to "total_length" has incompatible type "ByteReader"; expected "Source[str]"  [arg-type]  # N: Following member(s) of "ByteReader" have conflicts:  # N:     Expected:  # N:         def read(self) -> str  # N:     Got:  # N:         def read(self) -> bytes
