# Duck typing with protocols: classes that fit without naming the protocol, generic
# protocols, protocols with several members, runtime checks.
from typing import Iterator, Protocol, Sized, TypeVar, runtime_checkable

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class SupportsClose(Protocol):
    def close(self) -> None: ...


class Resource:
    def __init__(self, name: str) -> None:
        self.name = name
        self.open = True

    def close(self) -> None:
        self.open = False


class Connection:
    def close(self) -> None:
        print("bye")

    def send(self, data: bytes) -> int:
        return len(data)


def close_all(things: list[SupportsClose]) -> int:
    for thing in things:
        thing.close()
    return len(things)


class Source(Protocol[T_co]):
    def read(self) -> T_co: ...


class TextSource:
    def read(self) -> str:
        return "text"


def consume(source: Source[str]) -> str:
    return source.read().upper()


class Bag:
    def __init__(self) -> None:
        self.items: list[int] = []

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[int]:
        return iter(self.items)


def size(collection: Sized) -> int:
    return len(collection)


@runtime_checkable
class Named(Protocol):
    def name(self) -> str: ...


class User:
    def name(self) -> str:
        return "ada"


def label(value: object) -> str:
    if isinstance(value, Named):
        return value.name()
    return "?"


def largest(values: list[T]) -> T:
    return values[-1]


closer: SupportsClose = Resource("db")
count = close_all([Resource("a"), Connection()])
text = consume(TextSource())
bag_size = size(Bag())
print(closer, count, text, bag_size, label(User()), sum(Bag()), largest([1, 2]))
