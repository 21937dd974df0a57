# typeshed-lite: the warnings module.

from types import ModuleType
from typing import Any, Generic, Literal, TextIO, TypeVar, overload

_W = TypeVar("_W", bound=list[WarningMessage] | None)

class WarningMessage:
    message: Warning | str
    category: type[Warning]
    filename: str
    lineno: int
    file: TextIO | None
    line: str | None
    source: Any | None
    def __init__(
        self,
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
        source: Any | None = None,
    ) -> None: ...

@overload
def warn(message: str, category: type[Warning] | None = None, stacklevel: int = 1, source: Any | None = None) -> None: ...
@overload
def warn(message: Warning, category: Any = None, stacklevel: int = 1, source: Any | None = None) -> None: ...
def warn_explicit(
    message: str | Warning,
    category: type[Warning],
    filename: str,
    lineno: int,
    module: str | None = None,
    registry: dict[Any, Any] | None = None,
    module_globals: dict[str, Any] | None = None,
    source: Any | None = None,
) -> None: ...
def showwarning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None: ...
def formatwarning(message: Warning | str, category: type[Warning], filename: str, lineno: int, line: str | None = None) -> str: ...
def filterwarnings(
    action: str, message: str = "", category: type[Warning] = ..., module: str = "", lineno: int = 0, append: bool = False
) -> None: ...
def simplefilter(action: str, category: type[Warning] = ..., lineno: int = 0, append: bool = False) -> None: ...
def resetwarnings() -> None: ...

class catch_warnings(Generic[_W]):
    @overload
    def __init__(
        self: catch_warnings[None],
        *,
        record: Literal[False] = False,
        module: ModuleType | None = None,
        action: str | None = None,
        category: type[Warning] = ...,
        lineno: int = 0,
        append: bool = False,
    ) -> None: ...
    @overload
    def __init__(
        self: catch_warnings[list[WarningMessage]],
        *,
        record: Literal[True],
        module: ModuleType | None = None,
        action: str | None = None,
        category: type[Warning] = ...,
        lineno: int = 0,
        append: bool = False,
    ) -> None: ...
    @overload
    def __init__(
        self: catch_warnings[list[WarningMessage] | None],
        *,
        record: bool,
        module: ModuleType | None = None,
        action: str | None = None,
        category: type[Warning] = ...,
        lineno: int = 0,
        append: bool = False,
    ) -> None: ...
    def __enter__(self) -> _W: ...
    def __exit__(self, type: type[BaseException] | None, value: BaseException | None, traceback: Any) -> None: ...

# This stub covers part of the module; other names are Any.
def __getattr__(name: str) -> Any: ...
