# Subclasses of builtins that build their value in __new__ and pass it on through
# super().__new__(cls, ...).
from typing import Any

from typing_extensions import Self


class Markup(str):
    def __new__(cls, value: Any = "", encoding: str | None = None, errors: str = "strict") -> Self:
        if encoding is None:
            return super().__new__(cls, value)
        return super().__new__(cls, value, encoding, errors)


class Port(int):
    def __new__(cls, value: str | int) -> Self:
        return super().__new__(cls, value)


class Ratio(float):
    def __new__(cls, value: float) -> Self:
        return super().__new__(cls, max(0.0, min(1.0, value)))


class Pair(tuple[int, int]):
    def __new__(cls, first: int, second: int) -> Self:
        return super().__new__(cls, (first, second))


print(Markup("<b>").upper(), Port("80") + 1, Ratio(2.0) * 2, Pair(1, 2)[0])
