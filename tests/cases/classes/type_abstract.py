# Where a type[A] is expected the callee may instantiate it, so an abstract
# class (or a protocol) cannot be given.
from abc import ABC, abstractmethod
from typing import Protocol


class Exporter(ABC):
    @abstractmethod
    def export(self) -> str: ...


class CsvExporter(Exporter):
    def export(self) -> str:
        return "a,b"


class Printable(Protocol):
    def show(self) -> str: ...


def run(kind: type[Exporter]) -> str:
    return kind().export()


def render(kind: type[Printable]) -> None:
    pass


run(CsvExporter)
run(Exporter)  # E: Only concrete class can be given where "type[Exporter]" is expected  [type-abstract]
render(Printable)  # E: Only concrete class can be given where "type[Printable]" is expected  [type-abstract]
default: type[Exporter] = Exporter  # E: Can only assign concrete classes to a variable of type "type[Exporter]"  [type-abstract]
chosen: type[Exporter] = CsvExporter
