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
version_info: tuple[int, int, int, str, int]

def exit(status: object = None, /) -> NoReturn: ...
def getrecursionlimit() -> int: ...
def setrecursionlimit(limit: int, /) -> None: ...

# This stub covers part of the module; other names are Any.
def __getattr__(name: str) -> Any: ...
