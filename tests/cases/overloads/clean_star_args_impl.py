# Clean: an implementation taking *args and **kwargs accepts every overload's arguments.
from typing import Any, overload


@overload
def span(stop: int) -> range: ...
@overload
def span(start: int, stop: int, step: int = ...) -> range: ...
def span(*args: Any, **kwargs: Any) -> range:
    return range(*args, **kwargs)


@overload
def tag(name: str) -> str: ...
@overload
def tag(name: str, *children: str) -> str: ...
def tag(name: str, *children: str) -> str:
    return f"<{name}>{''.join(children)}</{name}>"


steps: range = span(10)
evens: range = span(0, 10, 2)
html: str = tag("p", "hello", tag("b", "world"))
