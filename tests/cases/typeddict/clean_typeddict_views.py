# Iterating a TypedDict and its keys/values/items views, copying it: all clean.
from typing import TypedDict


class Settings(TypedDict):
    theme: str
    font_size: int
    autosave: bool


def dump(settings: Settings) -> list[str]:
    lines: list[str] = []
    for key in settings:
        lines.append(key.upper())
    for name, value in settings.items():
        lines.append(f"{name}={value}")
    return lines


def names(settings: Settings) -> list[str]:
    return sorted(settings.keys())


def count_values(settings: Settings) -> int:
    return len(list(settings.values())) + len(settings)


def with_theme(settings: Settings, theme: str) -> Settings:
    updated = settings.copy()
    updated["theme"] = theme
    return updated


def has_option(settings: Settings, option: str) -> bool:
    return option in settings


defaults: Settings = {"theme": "dark", "font_size": 12, "autosave": True}
print(dump(defaults), names(defaults), count_values(defaults))
print(with_theme(defaults, "light")["theme"], has_option(defaults, "theme"))
