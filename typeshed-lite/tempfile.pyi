# typeshed-lite: the tempfile module.

from os import PathLike
from types import TracebackType
from typing import IO, Any, AnyStr, BinaryIO, Generic, Iterator, Literal, TextIO, overload

_StrPath = str | PathLike[str]
_BytesPath = bytes | PathLike[bytes]
_TextMode = Literal[
    "r", "w", "a", "x", "r+", "w+", "a+", "x+", "rt", "wt", "at", "xt", "r+t", "w+t", "a+t", "x+t"
]
_BinaryMode = Literal["rb", "wb", "ab", "xb", "r+b", "w+b", "a+b", "x+b"]

TMP_MAX: int
tempdir: str | None
template: str

class _TemporaryFileWrapper(IO[AnyStr]):
    file: IO[AnyStr]
    delete: bool
    @property
    def name(self) -> str: ...
    def __enter__(self) -> _TemporaryFileWrapper[AnyStr]: ...
    def __exit__(self, exc: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None: ...
    def __iter__(self) -> Iterator[AnyStr]: ...
    def __next__(self) -> AnyStr: ...
    def close(self) -> None: ...
    def read(self, n: int = -1) -> AnyStr: ...
    def readline(self, limit: int = -1) -> AnyStr: ...
    def readlines(self, hint: int = -1) -> list[AnyStr]: ...
    def write(self, s: AnyStr) -> int: ...

@overload
def NamedTemporaryFile(
    mode: _BinaryMode = "w+b",
    buffering: int = -1,
    encoding: str | None = None,
    newline: str | None = None,
    suffix: str | None = None,
    prefix: str | None = None,
    dir: _StrPath | None = None,
    delete: bool = True,
    *,
    errors: str | None = None,
) -> _TemporaryFileWrapper[bytes]: ...
@overload
def NamedTemporaryFile(
    mode: _TextMode,
    buffering: int = -1,
    encoding: str | None = None,
    newline: str | None = None,
    suffix: str | None = None,
    prefix: str | None = None,
    dir: _StrPath | None = None,
    delete: bool = True,
    *,
    errors: str | None = None,
) -> _TemporaryFileWrapper[str]: ...
@overload
def NamedTemporaryFile(
    mode: str = "w+b",
    buffering: int = -1,
    encoding: str | None = None,
    newline: str | None = None,
    suffix: str | None = None,
    prefix: str | None = None,
    dir: _StrPath | None = None,
    delete: bool = True,
    *,
    errors: str | None = None,
) -> _TemporaryFileWrapper[Any]: ...
@overload
def TemporaryFile(
    mode: _BinaryMode = "w+b",
    buffering: int = -1,
    encoding: str | None = None,
    newline: str | None = None,
    suffix: str | None = None,
    prefix: str | None = None,
    dir: _StrPath | None = None,
    *,
    errors: str | None = None,
) -> BinaryIO: ...
@overload
def TemporaryFile(
    mode: _TextMode,
    buffering: int = -1,
    encoding: str | None = None,
    newline: str | None = None,
    suffix: str | None = None,
    prefix: str | None = None,
    dir: _StrPath | None = None,
    *,
    errors: str | None = None,
) -> TextIO: ...
@overload
def TemporaryFile(
    mode: str = "w+b",
    buffering: int = -1,
    encoding: str | None = None,
    newline: str | None = None,
    suffix: str | None = None,
    prefix: str | None = None,
    dir: _StrPath | None = None,
    *,
    errors: str | None = None,
) -> IO[Any]: ...

class TemporaryDirectory(Generic[AnyStr]):
    name: AnyStr
    @overload
    def __init__(
        self: TemporaryDirectory[str],
        suffix: str | None = None,
        prefix: str | None = None,
        dir: _StrPath | None = None,
        ignore_cleanup_errors: bool = False,
    ) -> None: ...
    @overload
    def __init__(
        self: TemporaryDirectory[bytes],
        suffix: bytes | None = None,
        prefix: bytes | None = None,
        dir: _BytesPath | None = None,
        ignore_cleanup_errors: bool = False,
    ) -> None: ...
    def cleanup(self) -> None: ...
    def __enter__(self) -> AnyStr: ...
    def __exit__(self, exc: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None: ...

@overload
def mkstemp(suffix: str | None = None, prefix: str | None = None, dir: _StrPath | None = None, text: bool = False) -> tuple[int, str]: ...
@overload
def mkstemp(suffix: bytes | None = None, prefix: bytes | None = None, dir: _BytesPath | None = None, text: bool = False) -> tuple[int, bytes]: ...
@overload
def mkdtemp(suffix: str | None = None, prefix: str | None = None, dir: _StrPath | None = None) -> str: ...
@overload
def mkdtemp(suffix: bytes | None = None, prefix: bytes | None = None, dir: _BytesPath | None = None) -> bytes: ...
def mktemp(suffix: str = "", prefix: str = "tmp", dir: _StrPath | None = None) -> str: ...
def gettempdir() -> str: ...
def gettempdirb() -> bytes: ...
def gettempprefix() -> str: ...
def gettempprefixb() -> bytes: ...

# This stub covers part of the module; other names are Any.
def __getattr__(name: str) -> Any: ...
