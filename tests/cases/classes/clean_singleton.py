# A singleton kept in a class attribute, narrowed after it is set through cls.
from typing import Optional


class Connection:
    _instance: Optional["Connection"] = None
    opened: int = 0

    def __new__(cls) -> "Connection":
        if cls._instance is None:
            cls._instance = object.__new__(cls)
            cls.opened += 1
        return cls._instance


class Registry:
    names: list[str] = []

    @classmethod
    def add(cls, name: str) -> int:
        cls.names = cls.names + [name]
        return len(cls.names)


print(Connection() is Connection(), Connection.opened, Registry.add("a"))
