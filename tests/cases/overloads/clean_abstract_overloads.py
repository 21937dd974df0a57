# Clean: abstract overloads without an implementation in a base class, implemented below.
from abc import ABC, abstractmethod
from typing import Union, overload


class Storage(ABC):
    @overload
    @abstractmethod
    def read(self, key: str) -> bytes: ...
    @overload
    @abstractmethod
    def read(self, key: int) -> list[bytes]: ...


class MemoryStorage(Storage):
    def __init__(self) -> None:
        self.blobs: dict[str, bytes] = {}

    @overload
    def read(self, key: str) -> bytes: ...
    @overload
    def read(self, key: int) -> list[bytes]: ...
    def read(self, key: Union[str, int]) -> Union[bytes, list[bytes]]:
        if isinstance(key, str):
            return self.blobs[key]
        return list(self.blobs.values())[:key]


store = MemoryStorage()
first: bytes = store.read("a")
some: list[bytes] = store.read(3)
