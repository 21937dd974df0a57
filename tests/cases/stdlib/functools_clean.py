# functools: reduce folds with or without a start value, partial keeps the
# result type, and the caching and wrapping decorators leave functions callable
# as before.
import functools
import operator
from functools import lru_cache, partial, reduce, wraps
from typing import Any, Callable


def add(a: int, b: int) -> int:
    return a + b


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.cache
def square(n: int) -> int:
    return n * n


def logged(func: Callable[..., int]) -> Callable[..., int]:
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> int:
        print("calling", func.__name__)
        return func(*args, **kwargs)

    return wrapper


@functools.total_ordering
class Version:
    def __init__(self, major: int) -> None:
        self.major = major

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self.major == other.major

    def __lt__(self, other: "Version") -> bool:
        return self.major < other.major


reveal_type(reduce(add, [1, 2, 3]))  # N: Revealed type is "int"
reveal_type(reduce(lambda acc, s: acc + len(s), ["a", "bb"], 0))  # N: Revealed type is "int"
increment = partial(add, 1)
reveal_type(increment(2))  # N: Revealed type is "int"
product = reduce(operator.mul, [1, 2, 3], 1)
biggest = reduce(max, [3, 1, 2])
cached_add = lru_cache(maxsize=32)(add)
print(fib(10), square(3), logged(add)(1, 2), Version(1) < Version(2), product, biggest, cached_add(1, 2))
