# Protocol methods are compared with their arguments: an implementation must accept
# what the protocol's callers pass.
from typing import Protocol


class Writer(Protocol):
    def write(self, data: str) -> int: ...


class Bytes:
    def write(self, data: bytes) -> int:
        return 0


class Anything:
    def write(self, data: object) -> int:
        return 0


class Optional:
    def write(self, data: str, flush: bool = False) -> int:
        return 0


def save(writer: Writer) -> None:
    writer.write("x")


save(Anything())
save(Optional())
save(Bytes())  # E: Argument 1 to "save" has incompatible type "Bytes"; expected "Writer"  [arg-type]  # N: Following member(s) of "Bytes" have conflicts:  # N:     Expected:  # N:         def write(self, data: str) -> int  # N:     Got:  # N:         def write(self, data: bytes) -> int
writers: list[Writer] = [Anything(), Bytes()]  # E: List item 1 has incompatible type "Bytes"; expected "Writer"  [list-item]  # N: Following member(s) of "Bytes" have conflicts:  # N:     Expected:  # N:         def write(self, data: str) -> int  # N:     Got:  # N:         def write(self, data: bytes) -> int
