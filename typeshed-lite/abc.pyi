# typeshed-lite: the abc module.

from typing import Any, Callable, TypeVar

_F = TypeVar("_F")

class ABCMeta(type): ...
class ABC: ...

def abstractmethod(funcobj: _F) -> _F: ...
