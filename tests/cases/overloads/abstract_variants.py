# Abstract and concrete variants mixed, and overloads in a protocol-free base without an implementation.
from abc import ABC, abstractmethod
from typing import overload


class Exporter(ABC):
    @overload  # E: An overloaded function outside a stub file must have an implementation  [no-overload-impl]  # E: Overloaded method has both abstract and non-abstract variants  [misc]
    @abstractmethod
    def export(self, rows: list[str]) -> bytes: ...
    @overload
    def export(self, rows: str) -> bytes: ...

    @overload
    @abstractmethod
    def preview(self, rows: list[str]) -> str: ...
    @overload
    @abstractmethod
    def preview(self, rows: str) -> str: ...
