# mypy-args: --python-version 3.12
# A parameter that a method both takes and returns is invariant; returning the class
# itself does not count, and a base class passes on its own variance.
from collections.abc import Sequence


class Registry[K, V]:
    def __init__(self) -> None:
        self._entries: dict[K, V] = {}

    def add(self, key: K, value: V) -> "Registry[K, V]":
        self._entries[key] = value
        return self

    def keys(self) -> list[K]:
        return list(self._entries)


class Timeline[T](Sequence[T]):
    def __init__(self, events: list[T]) -> None:
        self._events = events

    def __getitem__(self, index):  # type: ignore[override]
        return self._events[index]

    def __len__(self) -> int:
        return len(self._events)


class Version:
    pass


class Release(Version):
    pass


def register(registry: Registry[str, Version]) -> None:
    registry.add("latest", Release())


def newest(timeline: Timeline[Version]) -> Version:
    return timeline[-1]


registry: Registry[str, Release] = Registry()
register(registry)  # E: Argument 1 to "register" has incompatible type "Registry[str, Release]"; expected "Registry[str, Version]"  [arg-type]
newest(Timeline([Release()]))
