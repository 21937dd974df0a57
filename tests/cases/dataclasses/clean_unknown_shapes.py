# Classes pycheck cannot read with certainty accept any construction.
import functools
from dataclasses import dataclass, field
from typing import Any, Callable, TypeVar

T = TypeVar("T")


def register(cls: T) -> T:
    return cls


@register
@dataclass
class Registered:
    a: int


def make_options() -> dict[str, Any]:
    return {"frozen": True}


@dataclass
class Dynamic:
    a: int = field(init=bool(1))


def factory() -> Callable[..., Any]:
    return dataclass


@functools.total_ordering
@dataclass
class Ordered:
    a: int

    def __lt__(self, other: "Ordered") -> bool:
        return self.a < other.a


Registered(1).a = 2
Dynamic()
Ordered(1) <= Ordered(2)
print(make_options(), factory())
