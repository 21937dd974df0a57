# Clean: factory functions returning generic and plain instances built by constructors.
from typing import Generic, TypeVar

T = TypeVar("T")


class Result(Generic[T]):
    def __init__(self, value: T, ok: bool = True) -> None:
        self.value = value
        self.ok = ok


def success(value: T) -> Result[T]:
    return Result(value)


def failure(message: str) -> Result[str]:
    return Result(message, ok=False)


parsed: Result[int] = success(42)
error = failure("bad input")
results: list[Result[int]] = [Result(n) for n in range(3)]
