# A callable assigned in a class body is bound like a method when read through an
# instance (a factory's result, say); one assigned to self is not.
from typing import Callable, Iterable


class Printer:
    pass


def maker(left: str, right: str) -> Callable[[Printer, Iterable[object], bool], str]:
    def proxy(self: Printer, obj: Iterable[object], recursive: bool) -> str:
        return left + right

    return proxy


def plain(x: int) -> int:
    return x


class Repr(Printer):
    list_repr = maker("[", "]")
    helper: Callable[[int], int] = plain

    def __init__(self) -> None:
        self.callback = plain

    def render(self, items: list[int]) -> str:
        reveal_type(self.list_repr)  # N: Revealed type is "def (typing.Iterable[object], bool) -> str"
        reveal_type(self.helper)  # N: Revealed type is "def (int) -> int"
        reveal_type(self.callback)  # N: Revealed type is "def (x: int) -> int"
        return self.list_repr(items, False)


reveal_type(Repr.list_repr)  # N: Revealed type is "def (callable_class_attributes.Printer, typing.Iterable[object], bool) -> str"
