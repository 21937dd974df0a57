# Type guards in realistic validation code.
from typing import TypeGuard
from typing_extensions import TypeIs


class Event:
    def __init__(self, name: str) -> None:
        self.name = name


def is_event(value: object) -> TypeIs[Event]:
    return isinstance(value, Event)


def all_strings(values: list[object]) -> TypeGuard[list[str]]:
    return all(isinstance(value, str) for value in values)


def names(items: list[Event | str]) -> list[str]:
    found: list[str] = []
    for item in items:
        if is_event(item):
            found.append(item.name)
        else:
            found.append(item.upper())
    return found


def header(row: list[object]) -> str:
    if not all_strings(row):
        return ""
    return " | ".join(row)


valid: bool = is_event(Event("start"))
print(names([Event("a"), "b"]), header(["x", "y"]), valid)
