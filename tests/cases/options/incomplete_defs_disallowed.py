# mypy-args: --disallow-incomplete-defs
from typing import Any


def untouched(a, b):
    return a


def partial(a: int, b):  # E: Function is missing a return type annotation  [no-untyped-def]  # E: Function is missing a type annotation for one or more parameters  [no-untyped-def]
    return a


def no_return(a: int):  # E: Function is missing a return type annotation  [no-untyped-def]
    return a


def star_args(a: int, *args, **kwargs) -> None:  # E: Function is missing a type annotation for one or more parameters  [no-untyped-def]
    pass


def complete(a: int, *args: str, **kwargs: Any) -> None:
    pass


class Service:
    def __init__(self, name: str):
        self.name = name

    def run(self, times: int):  # E: Function is missing a return type annotation  [no-untyped-def]
        return times

    def stop(self):
        pass
