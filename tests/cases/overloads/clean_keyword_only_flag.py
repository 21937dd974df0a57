# Clean: a keyword-only flag chooses the overload; the fallback takes a plain bool.
from typing import Literal, Optional, overload


@overload
def lookup(name: str, *, required: Literal[True]) -> str: ...
@overload
def lookup(name: str, *, required: bool = ...) -> Optional[str]: ...
def lookup(name: str, *, required: bool = False) -> Optional[str]:
    settings = {"home": "/root"}
    value = settings.get(name)
    if required and value is None:
        raise KeyError(name)
    return value


home: str = lookup("home", required=True)
shell: Optional[str] = lookup("shell")
