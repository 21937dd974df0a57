# Protocol inheritance: a class must provide the members of every protocol in the chain.
from typing import Protocol


class Named(Protocol):
    @property
    def name(self) -> str: ...


class Closable(Protocol):
    def close(self) -> None: ...


class Resource(Named, Closable, Protocol):
    def open(self) -> bool: ...


class Socket:
    name = "socket"

    def open(self) -> bool:
        return True

    def close(self) -> None:
        pass


class Pipe:
    name = "pipe"

    def open(self) -> bool:
        return True


def cycle(resource: Resource) -> str:
    if resource.open():
        resource.close()
    return resource.name


cycle(Socket())
cycle(Pipe())  # E: Argument 1 to "cycle" has incompatible type "Pipe"; expected "Resource"  [arg-type]  # N: "Pipe" is missing following "Resource" protocol member:  # N:     close
