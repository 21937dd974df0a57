# typeshed-lite: the abc module.

from typing import Any, Callable, TypeVar

_F = TypeVar("_F")
_T = TypeVar("_T")

class ABCMeta(type):
    def register(cls, subclass: type[_T]) -> type[_T]: ...

class ABC(metaclass=ABCMeta): ...

def abstractmethod(funcobj: _F) -> _F: ...

# This stub covers part of the module; other names are Any.
def __getattr__(name: str) -> Any: ...
