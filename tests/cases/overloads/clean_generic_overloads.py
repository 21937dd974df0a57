# Clean: overloads with type variables (not compared with each other) and a generic fallback.
from typing import Optional, TypeVar, Union, overload

T = TypeVar("T")


@overload
def first(items: list[T]) -> Optional[T]: ...
@overload
def first(items: list[T], default: T) -> T: ...
def first(items: list[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default


@overload
def coerce(value: None) -> None: ...
@overload
def coerce(value: T) -> list[T]: ...
def coerce(value: Optional[T]) -> Optional[list[T]]:
    return None if value is None else [value]


name: Optional[str] = first(["ada", "grace"])
port: int = first([], 8080)
wrapped: list[int] = coerce(3)


def last(items: list[T]) -> Optional[T]:
    return items[-1] if items else None


# print is overloaded: an Optional argument goes through mypy's union math, so the
# `object` context never makes T `object` (which list[str] would not fit).
names = ["ada", "grace"]
print(first(names), last(names))
