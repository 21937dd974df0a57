# Decorators typed with ParamSpec keep the decorated function's parameters, so callers
# are checked against the original signature and get the decorator's return type.
import functools
import logging
import time
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

log = logging.getLogger("billing")


def timed(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        started = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            log.info("%s took %.3fs", func.__name__, time.perf_counter() - started)

    return wrapper


def collected(func: Callable[P, R]) -> Callable[P, list[R]]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> list[R]:
        return [func(*args, **kwargs)]

    return wrapper


@timed
def invoice_total(lines: list[float], tax_rate: float = 0.2) -> float:
    return sum(lines) * (1 + tax_rate)


@collected
def parse_amount(text: str) -> int:
    return int(text.replace(",", ""))


total: float = invoice_total([9.99, 5.0], tax_rate=0.1)
amounts: list[int] = parse_amount("1,200")
amounts.append(parse_amount("3")[0])
reveal_type(invoice_total)  # N: Revealed type is "def (lines: list[float], tax_rate: float =) -> float"
reveal_type(parse_amount)  # N: Revealed type is "def (text: str) -> list[int]"
