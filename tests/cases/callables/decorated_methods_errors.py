# Decorated methods are checked through the decorator's result.
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def locked(func: Callable[P, R]) -> Callable[P, R]:
    return func


def returns_text(func: Callable[P, object]) -> Callable[P, str]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> str:
        return str(func(*args, **kwargs))

    return wrapper


class Account:
    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.balance = 0

    @locked
    def deposit(self, amount: int) -> int:
        self.balance += amount
        return self.balance

    @returns_text
    def summary(self, verbose: bool = False) -> dict[str, int]:
        return {"balance": self.balance}


account = Account("ada")
account.deposit("10")  # E: Argument 1 to "deposit" of "Account" has incompatible type "str"; expected "int"  [arg-type]
account.summary(verbose=1)  # E: Argument "verbose" to "summary" of "Account" has incompatible type "int"; expected "bool"  [arg-type]
account.summary()["balance"]  # E: Invalid index type "str" for "str"; expected type "SupportsIndex | slice[SupportsIndex | None, SupportsIndex | None, SupportsIndex | None]"  [index]
