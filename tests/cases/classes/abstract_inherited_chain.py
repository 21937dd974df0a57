# Abstract methods stay abstract down the hierarchy until some class implements them.
from abc import ABC, abstractmethod


class Reader(ABC):
    @abstractmethod
    def read(self) -> str: ...

    @abstractmethod
    def close(self) -> None: ...

    def describe(self) -> str:
        return "reader"


class Closing(Reader):
    def close(self) -> None:
        pass


class FileReader(Closing):
    def read(self) -> str:
        return ""


class Reopened(FileReader):
    @abstractmethod
    def read(self) -> str: ...


def build() -> Reader:
    Closing()  # E: Cannot instantiate abstract class "Closing" with abstract attribute "read"  [abstract]
    Reopened()  # E: Cannot instantiate abstract class "Reopened" with abstract attribute "read"  [abstract]
    return FileReader()
