# Named tuples holding other named tuples, and the functional forms pycheck passes through.
from collections import namedtuple
from typing import NamedTuple


class Size(NamedTuple):
    width: int
    height: int


class Window(NamedTuple):
    title: str
    size: Size
    tags: list[str] = []


Legacy = namedtuple("Legacy", ["a", "b"])
Typed = NamedTuple("Typed", [("a", int), ("b", str)])

window = Window("main", Size(800, 600))
width, height = window.size
area: int = window.size.width * window[1].height
legacy = Legacy(1, 2)
typed = Typed(1, "x")
print(width + height, area, window.tags, legacy.a, typed.b)
