# Every abstract attribute left is named, in alphabetical order.
import abc
from abc import ABCMeta, abstractmethod


class Store(metaclass=ABCMeta):
    @abstractmethod
    def save(self, data: bytes) -> None: ...

    @abstractmethod
    def load(self) -> bytes: ...

    @property
    @abstractmethod
    def name(self) -> str: ...


class HalfStore(Store):
    def load(self) -> bytes:
        return b""


class Codec(abc.ABC):
    @abc.abstractmethod
    def encode(self, text: str) -> bytes: ...

    @abc.abstractmethod
    def decode(self, data: bytes) -> str: ...


Store()  # E: Cannot instantiate abstract class "Store" with abstract attributes "load", "name" and "save"  [abstract]
HalfStore()  # E: Cannot instantiate abstract class "HalfStore" with abstract attributes "name" and "save"  [abstract]
Codec()  # E: Cannot instantiate abstract class "Codec" with abstract attributes "decode" and "encode"  [abstract]
