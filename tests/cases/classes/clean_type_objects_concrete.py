# Concrete classes where type[A] is expected, and type[A] values passed on.
from abc import ABC, abstractmethod


class Job(ABC):
    @abstractmethod
    def run(self) -> int: ...


class Quick(Job):
    def run(self) -> int:
        return 1


class Slow(Job):
    def run(self) -> int:
        return 2


def start(kind: type[Job]) -> int:
    return kind().run()


def start_all(kinds: list[type[Job]]) -> list[int]:
    return [start(kind) for kind in kinds]


def forward(kind: type[Job]) -> int:
    return start(kind)


chosen: type[Job] = Quick
chosen = Slow
print(start(Quick), start_all([Quick, Slow]), forward(chosen))
