# Abstract properties and class methods, implemented by attributes and methods.
from abc import ABC, abstractmethod


class Source(ABC):
    @property
    @abstractmethod
    def url(self) -> str: ...

    @classmethod
    @abstractmethod
    def scheme(cls) -> str: ...

    def describe(self) -> str:
        return f"{self.scheme()}://{self.url}"


class Web(Source):
    url = "example.org"

    @classmethod
    def scheme(cls) -> str:
        return "https"


class Local(Source):
    def __init__(self, path: str) -> None:
        self.path = path

    @property
    def url(self) -> str:
        return self.path

    @classmethod
    def scheme(cls) -> str:
        return "file"


sources: list[Source] = [Web(), Local("/tmp")]
print([source.describe() for source in sources])
