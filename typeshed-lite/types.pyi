# typeshed-lite: the types module.

from typing import Any

class NoneType:
    def __bool__(self) -> bool: ...

class ModuleType:
    __name__: str
    __file__: str | None
    __dict__: dict[str, Any]
    def __init__(self, name: str, doc: str | None = ...) -> None: ...
    def __getattr__(self, name: str) -> Any: ...

class TracebackType:
    tb_next: TracebackType | None
    @property
    def tb_frame(self) -> Any: ...
    @property
    def tb_lasti(self) -> int: ...
    @property
    def tb_lineno(self) -> int: ...

class FunctionType:
    __name__: str
    __qualname__: str
    __module__: str
    def __call__(self, *args: Any, **kwargs: Any) -> Any: ...

class EllipsisType: ...

# This stub covers part of the module; other names are Any.
def __getattr__(name: str) -> Any: ...
