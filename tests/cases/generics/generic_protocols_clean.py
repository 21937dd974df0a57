# Generic protocols: any class with matching methods fits, with the type argument
# solved from its method types.
from typing import Iterator, Protocol, TypeVar

T_co = TypeVar("T_co", covariant=True)


class Source(Protocol[T_co]):
    def read(self) -> T_co: ...


class LineReader:
    def __init__(self, lines: list[str]) -> None:
        self._lines = iter(lines)

    def read(self) -> str:
        return next(self._lines, "")


class Counter:
    def __init__(self) -> None:
        self.count = 0

    def read(self) -> int:
        self.count += 1
        return self.count


def drain(source: Source[T_co], times: int) -> list[T_co]:
    return [source.read() for _ in range(times)]


def numbers() -> Iterator[int]:
    yield from drain(Counter(), 3)


text: list[str] = drain(LineReader(["a", "b"]), 2)
print(text, list(numbers()))
