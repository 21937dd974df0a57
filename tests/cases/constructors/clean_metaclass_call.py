# Clean: a metaclass with __call__ (a singleton registry) does not disturb constructor calls.
from typing import Any


class Singleton(type):
    _instances: dict[type, Any] = {}

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Settings(metaclass=Singleton):
    def __init__(self, path: str = "settings.toml") -> None:
        self.path = path


first = Settings()
second = Settings("other.toml")
print(first.path, second.path)
