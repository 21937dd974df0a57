# Callback protocols satisfied by functions, instances with __call__ and classes: all clean.
from typing import Protocol


class Formatter(Protocol):
    def __call__(self, value: float) -> str: ...


class Factory(Protocol):
    def __call__(self, name: str) -> object: ...


def as_percent(value: float) -> str:
    return f"{value:.0%}"


class Currency:
    def __init__(self, symbol: str) -> None:
        self.symbol = symbol

    def __call__(self, value: float) -> str:
        return f"{self.symbol}{value:.2f}"


class Widget:
    def __init__(self, name: str) -> None:
        self.name = name


def render(values: list[float], formatter: Formatter) -> list[str]:
    return [formatter(v) for v in values]


def build(factory: Factory, names: list[str]) -> list[object]:
    return [factory(n) for n in names]


print(render([0.5, 0.25], as_percent), render([3.0], Currency("$")))
print(build(Widget, ["ok", "cancel"]))
