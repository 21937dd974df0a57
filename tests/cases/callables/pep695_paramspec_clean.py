# mypy-args: --python-version 3.12
# PEP 695 syntax for ParamSpec decorators: `def deco[**P, R](...)`.
from collections.abc import Callable


def logged[**P, R](func: Callable[P, R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print(f"calling {func.__name__}")
        return func(*args, **kwargs)

    return wrapper


def memo[T](func: Callable[[str], T]) -> Callable[[str], T]:
    cache: dict[str, T] = {}

    def wrapper(key: str) -> T:
        if key not in cache:
            cache[key] = func(key)
        return cache[key]

    return wrapper


@logged
def resize(width: int, height: int, *, keep_ratio: bool = True) -> tuple[int, int]:
    return (width, height)


@memo
def lookup(key: str) -> list[str]:
    return key.split(".")


size: tuple[int, int] = resize(640, 480, keep_ratio=False)
parts: list[str] = lookup("a.b.c")
