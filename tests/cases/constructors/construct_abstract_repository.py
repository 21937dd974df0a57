# Abstract classes cannot be instantiated; concrete subclasses can.
from abc import ABC, abstractmethod


class Repository(ABC):
    @abstractmethod
    def save(self, item: str) -> None: ...

    @abstractmethod
    def load(self, key: str) -> str: ...


class PartialRepository(Repository):
    def save(self, item: str) -> None:
        print(item)


class MemoryRepository(PartialRepository):
    def load(self, key: str) -> str:
        return key


Repository()  # E: Cannot instantiate abstract class "Repository" with abstract attributes "load" and "save"  [abstract]
PartialRepository()  # E: Cannot instantiate abstract class "PartialRepository" with abstract attribute "load"  [abstract]
repo = MemoryRepository()
