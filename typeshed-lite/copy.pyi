# typeshed-lite: the copy module.

from typing import Any, TypeVar

_T = TypeVar("_T")

class Error(Exception): ...

error = Error

def copy(x: _T) -> _T: ...
def deepcopy(x: _T, memo: dict[int, Any] | None = None, _nil: Any = []) -> _T: ...
