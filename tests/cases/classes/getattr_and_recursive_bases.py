# `__getattr__` answers attribute names, but never the special methods an operation
# looks up on the class (a call, an index); and classes that are their own base's
# argument join without following themselves forever.
from typing import Any, Callable, Sequence


class Proxy:
    def __getattr__(self, name: str) -> "Proxy":
        return Proxy()


proxy = Proxy()
reveal_type(proxy.anything.deeper)  # N: Revealed type is "getattr_and_recursive_bases.Proxy"
proxy.method()  # E: "Proxy" not callable  [operator]
proxy["key"]  # E: Value of type "Proxy" is not indexable  [index]


class Left(Sequence["Left"]): ...


class Right(Sequence["Right"]): ...


def pair(left: Left, right: Right, pick: bool) -> None:
    reveal_type([left, right])  # N: Revealed type is "list[typing.Sequence[object]]"
    either = left if pick else right
    reveal_type(either)  # N: Revealed type is "getattr_and_recursive_bases.Left | getattr_and_recursive_bases.Right"


class Dispatcher:
    def __getattr__(self, name: str) -> Callable[..., Any]: ...  # E: Missing return statement  [empty-body]


dispatcher = Dispatcher()
reveal_type(dispatcher.send(1, key="value"))  # N: Revealed type is "Any"
