# `a or b` is `a` when it is truthy and `b` otherwise, so its type is the
# truthy part of `a` combined with `b`; `a and b` combines the falsy part
# of `a` (such as an empty str or a zero) with `b`. `not x` is a bool.
from typing import List, Optional


def pick(name: Optional[str], default: str, count: int, items: List[int]) -> None:
    reveal_type(name or default)  # N: Revealed type is "str"
    reveal_type(name and len(name))  # N: Revealed type is "Literal[''] | None | int"
    reveal_type(count or None)  # N: Revealed type is "int | None"
    reveal_type(items or [0])  # N: Revealed type is "list[int]"
    reveal_type(count and default)  # N: Revealed type is "Literal[0] | str"
    reveal_type(not items)  # N: Revealed type is "bool"
    reveal_type(name or count)  # N: Revealed type is "str | int"


pick(None, "x", 0, [])
