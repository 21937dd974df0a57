# A nested function sees the narrowed type of an outer variable only if
# the outer variable is not assigned again after the nested function is
# defined; otherwise it sees the declared type.
from typing import Callable, Optional


def stable(name: Optional[str]) -> Callable[[], str]:
    if name is None:
        name = "default"

    def get() -> str:
        reveal_type(name)  # N: Revealed type is "str"
        return name

    return get


def changing(count: Optional[int]) -> Callable[[], int]:
    if count is None:
        return lambda: 0

    def get() -> int:
        reveal_type(count)  # N: Revealed type is "int | None"
        return 0

    count = None
    return get
