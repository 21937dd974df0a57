# Aliases from a standard module and through a module attribute resolve like local ones.
import collections.abc
from collections.abc import Callable, Iterator

Handler = Callable[[str], None]
Stream = Iterator[bytes]
Items = collections.abc.Sequence[tuple[str, int]]


def log(message: str) -> None:
    print(message)


def chunks(data: bytes, size: int) -> Stream:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def report(items: Items, handler: Handler) -> None:
    for label, count in items:
        handler(f"{label}: {count + 1}")


report([("a", 1)], log)
print(list(chunks(b"abcdef", 4)))
