# A generic protocol for repositories, satisfied by unrelated classes: all clean.
from dataclasses import dataclass
from typing import Protocol, TypeVar

T = TypeVar("T")
K = TypeVar("K", contravariant=True)


class Repository(Protocol[K, T]):
    def get(self, key: K) -> T | None: ...
    def add(self, key: K, item: T) -> None: ...


@dataclass
class User:
    name: str


class InMemoryUsers:
    def __init__(self) -> None:
        self.rows: dict[int, User] = {}

    def get(self, key: int) -> User | None:
        return self.rows.get(key)

    def add(self, key: int, item: User) -> None:
        self.rows[key] = item


class TagStore:
    def __init__(self) -> None:
        self.tags: dict[str, list[str]] = {}

    def get(self, key: str) -> list[str] | None:
        return self.tags.get(key)

    def add(self, key: str, item: list[str]) -> None:
        self.tags[key] = item


def copy_item(source: Repository[K, T], target: Repository[K, T], key: K) -> bool:
    item = source.get(key)
    if item is None:
        return False
    target.add(key, item)
    return True


def register(users: Repository[int, User], name: str) -> None:
    users.add(len(name), User(name))


users = InMemoryUsers()
register(users, "ada")
copy_item(users, InMemoryUsers(), 3)
copy_item(TagStore(), TagStore(), "python")
