# A protocol class cannot be instantiated; a class that satisfies it can.
from typing import Protocol


class Closeable(Protocol):
    def close(self) -> None: ...


class File:
    def close(self) -> None:
        print("closed")


def shutdown(resource: Closeable) -> None:
    resource.close()


Closeable()  # E: Cannot instantiate protocol class "Closeable"  [misc]
shutdown(File())
