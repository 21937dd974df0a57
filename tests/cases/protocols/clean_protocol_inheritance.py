# Protocols extending protocols, and classes implementing them explicitly.
from typing import Protocol


class Reader(Protocol):
    def read(self) -> str: ...


class ReadCloser(Reader, Protocol):
    def close(self) -> None: ...


class Stream(ReadCloser):
    def read(self) -> str:
        return ""

    def close(self) -> None:
        pass


class Memory:
    def read(self) -> str:
        return "data"

    def close(self) -> None:
        pass


def consume(source: ReadCloser) -> str:
    text = source.read()
    source.close()
    return text


consume(Stream())
consume(Memory())
reader: Reader = Memory()
