# Clean: overloads separated by a bool flag's literal values, as open()-style APIs do.
from typing import Literal, Union, overload


@overload
def fetch(url: str, raw: Literal[False] = ...) -> str: ...
@overload
def fetch(url: str, raw: Literal[True]) -> bytes: ...
def fetch(url: str, raw: bool = False) -> Union[str, bytes]:
    body = b"<html></html>"
    return body if raw else body.decode()


page: str = fetch("https://example.org")
payload: bytes = fetch("https://example.org", raw=True)
print(len(page) + len(payload))
