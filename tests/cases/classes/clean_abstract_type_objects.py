# Calling a type[A] value is fine even when A is abstract: it may hold a
# concrete subclass. So is calling cls() in a classmethod.
from abc import ABC, abstractmethod


class Plugin(ABC):
    @abstractmethod
    def run(self) -> int: ...

    @classmethod
    def create(cls) -> "Plugin":
        return cls()


class Echo(Plugin):
    def run(self) -> int:
        return 0


def build(kind: type[Plugin]) -> Plugin:
    return kind()


def build_all(kinds: list[type[Plugin]]) -> list[Plugin]:
    return [kind() for kind in kinds]


build(Echo).run()
build_all([Echo])
Echo.create().run()
