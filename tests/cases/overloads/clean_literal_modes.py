# Clean: overloads picked by a Literal mode argument, with a str fallback.
from typing import Literal, Union, overload


@overload
def load(path: str, mode: Literal["text"] = ...) -> str: ...
@overload
def load(path: str, mode: Literal["binary"]) -> bytes: ...
@overload
def load(path: str, mode: str) -> Union[str, bytes]: ...
def load(path: str, mode: str = "text") -> Union[str, bytes]:
    with open(path, "rb") as handle:
        data = handle.read()
    return data if mode == "binary" else data.decode()


readme: str = load("README.md")
logo: bytes = load("logo.png", "binary")
either = load("notes.txt", input("mode? "))
