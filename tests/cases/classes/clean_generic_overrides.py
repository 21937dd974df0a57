# Overrides in subclasses of generic bases, with the type arguments applied.
from typing import Generic, TypeVar

T = TypeVar("T")


class Repository(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def add(self, item: T) -> None:
        self.items.append(item)

    def first(self) -> T | None:
        return self.items[0] if self.items else None


class Names(Repository[str]):
    def add(self, item: str) -> None:
        super().add(item.strip())

    def first(self) -> str:
        return self.items[0] if self.items else ""


class Anything(Repository[T]):
    def add(self, item: T) -> None:
        self.items.insert(0, item)


names = Names()
names.add(" ann ")
upper: str = names.first().upper()
numbers: Anything[int] = Anything()
numbers.add(3)
