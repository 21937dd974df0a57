# A decorator typed `(F) -> F` with F bound to a callable returns the function unchanged.
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

handlers: dict[str, Callable[..., Any]] = {}


def on(event: str) -> Callable[[F], F]:
    def register(func: F) -> F:
        handlers[event] = func
        return func

    return register


def deprecated_alias(func: F) -> F:
    return func


@on("startup")
def warm_cache(size: int = 128) -> list[int]:
    return list(range(size))


@deprecated_alias
def old_name(value: str) -> str:
    return value.strip()


cache: list[int] = warm_cache(16)
cleaned: str = old_name("  x ")
reveal_type(warm_cache)  # N: Revealed type is "def (size: int =) -> list[int]"
