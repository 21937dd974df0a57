# typeshed-lite: the sys module.

from typing import Any, NoReturn, TextIO

argv: list[str]
platform: str
version: str
path: list[str]
modules: dict[str, Any]
maxsize: int
executable: str
stdin: TextIO
stdout: TextIO
stderr: TextIO
class _version_info(tuple[int, int, int, str, int]):
    @property
    def major(self) -> int: ...
    @property
    def minor(self) -> int: ...
    @property
    def micro(self) -> int: ...
    @property
    def releaselevel(self) -> str: ...
    @property
    def serial(self) -> int: ...

version_info: _version_info

def exit(status: object = None, /) -> NoReturn: ...
def getrecursionlimit() -> int: ...
def setrecursionlimit(limit: int, /) -> None: ...

# This stub covers part of the module; other names are Any.
def __getattr__(name: str) -> Any: ...
