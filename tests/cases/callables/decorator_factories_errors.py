# Decorator factories: wrong options to the factory, and wrong calls of what it decorated.
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def rate_limited(per_second: int) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        return func

    return decorate


@rate_limited("10")  # E: Argument 1 to "rate_limited" has incompatible type "str"; expected "int"  [arg-type]
def ping(host: str) -> bool:
    return True


@rate_limited(per_second=2)
def lookup(name: str, *, record_type: str = "A") -> list[str]:
    return []


lookup("example.org", record_type=28)  # E: Argument "record_type" to "lookup" has incompatible type "int"; expected "str"  [arg-type]
lookup("example.org", "AAAA")  # E: Too many positional arguments for "lookup"  [call-arg]
addresses: set[str] = lookup("example.org")  # E: Incompatible types in assignment (expression has type "list[str]", variable has type "set[str]")  [assignment]
