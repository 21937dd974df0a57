# `x in container` narrows an optional x when the container's items can
# not be None: the true branch sees the value type. The false branch
# learns nothing, since x may simply be missing from the container.
from typing import Optional


def pick(choice: Optional[str], allowed: list[str]) -> None:
    if choice in allowed:
        reveal_type(choice)  # N: Revealed type is "str"
    else:
        reveal_type(choice)  # N: Revealed type is "str | None"


def known(code: Optional[int]) -> None:
    if code in (200, 201, 204):
        reveal_type(code)  # N: Revealed type is "int"


def maybe(key: Optional[str], keys: list[Optional[str]]) -> None:
    if key in keys:
        reveal_type(key)  # N: Revealed type is "str | None"


def not_in(word: Optional[str], stop: set[str]) -> None:
    if word not in stop:
        reveal_type(word)  # N: Revealed type is "str | None"
