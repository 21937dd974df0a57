# Applying a decorator is a call: a function that does not fit the decorator's parameter
# is an argument error at the decorator.
from typing import Awaitable, Callable

Handler = Callable[[dict[str, str]], int]
routes: dict[str, Handler] = {}


def route(path: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        routes[path] = handler
        return handler

    return register


def numeric(func: Callable[[int], int]) -> Callable[[int], int]:
    return func


@route("/health")
def health(request: dict[str, str]) -> int:
    return 200


@route("/users")  # E: Argument 1 has incompatible type "Callable[[list[str]], int]"; expected "Callable[[dict[str, str]], int]"  [arg-type]
def users(request: list[str]) -> int:
    return 200


@numeric  # E: Argument 1 to "numeric" has incompatible type "Callable[[str], int]"; expected "Callable[[int], int]"  [arg-type]
def parse(text: str) -> int:
    return int(text)
