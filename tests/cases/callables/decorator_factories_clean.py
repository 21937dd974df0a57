# Decorator factories: a function that takes options and returns the decorator. The
# decorated functions keep their signatures.
import time
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def retry(times: int, delay: float = 0.5) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            for _ in range(times - 1):
                try:
                    return func(*args, **kwargs)
                except ConnectionError:
                    time.sleep(delay)
            return func(*args, **kwargs)

        return wrapper

    return decorate


def tagged(*tags: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        print(func.__name__, tags)
        return func

    return decorate


@retry(3)
def fetch_price(symbol: str) -> float:
    return 101.5


@retry(times=5, delay=1.0)
@tagged("slow", "network")
def fetch_history(symbol: str, days: int = 30) -> list[float]:
    return [fetch_price(symbol)] * days


price: float = fetch_price("ACME")
history: list[float] = fetch_history("ACME", days=7)
reveal_type(fetch_history)  # N: Revealed type is "def (symbol: str, days: int =) -> list[float]"
