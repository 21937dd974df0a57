# mypy-args: --disallow-untyped-defs
from typing import Any


def no_annotations(a, b):  # E: Function is missing a type annotation  [no-untyped-def]
    return a + b


def only_self_like():  # E: Function is missing a return type annotation  [no-untyped-def]  # N: Use "-> None" if function does not return a value
    pass


def returns_value():  # E: Function is missing a return type annotation  [no-untyped-def]
    return 1


def partial(a: int, b):  # E: Function is missing a return type annotation  [no-untyped-def]  # E: Function is missing a type annotation for one or more parameters  [no-untyped-def]
    return a


def no_return_annotation(a: int):  # E: Function is missing a return type annotation  [no-untyped-def]
    return a


def complete(a: int) -> int:
    return a


def gives_any(data: Any) -> int:
    return data


def gives_any_obj(data: Any) -> object:
    return data


def gives_any_none(data: Any) -> None:
    return data


class Box:
    def __init__(self):  # E: Function is missing a return type annotation  [no-untyped-def]  # N: Use "-> None" if function does not return a value
        self.x = 1

    def method(self, y):  # E: Function is missing a type annotation  [no-untyped-def]
        return y

    @staticmethod
    def static():  # E: Function is missing a return type annotation  [no-untyped-def]  # N: Use "-> None" if function does not return a value
        pass

    @classmethod
    def make(cls):  # E: Function is missing a return type annotation  [no-untyped-def]
        return cls()


class A:
    def __init__(self):  # E: Function is missing a return type annotation  [no-untyped-def]  # N: Use "-> None" if function does not return a value
        pass

    def __str__(self):  # E: Function is missing a type annotation  [no-untyped-def]
        return "a"

    def __repr__(self):  # E: Function is missing a type annotation  [no-untyped-def]
        return "a"

    def foo(self):  # E: Function is missing a return type annotation  [no-untyped-def]
        return 1

    def __len__(self):  # E: Function is missing a type annotation  [no-untyped-def]
        return 1

    def __call__(self):  # E: Function is missing a return type annotation  [no-untyped-def]
        return 1

    def __enter__(self):  # E: Function is missing a type annotation  [no-untyped-def]
        return self


class B(Exception):
    def foo(self):  # E: Function is missing a return type annotation  [no-untyped-def]
        return 1

    def __str__(self):  # E: Function is missing a type annotation  [no-untyped-def]
        return "b"


def solo(cls):  # E: Function is missing a return type annotation  [no-untyped-def]
    return cls


def solo_self(self):  # E: Function is missing a return type annotation  [no-untyped-def]
    return self
