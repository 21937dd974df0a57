# The type of `a if c else b` combines the two branch types: equal types
# stay as they are and different ones form a union, even int and float,
# which keep both members. The condition itself may be any value.
from typing import List, Optional


def branches(flag: bool, n: int, f: float, s: str, items: List[int]) -> None:
    reveal_type(n if flag else n + 1)  # N: Revealed type is "int"
    reveal_type(n if flag else f)  # N: Revealed type is "int | float"
    reveal_type(s if items else n)  # N: Revealed type is "str | int"
    reveal_type(items if n else None)  # N: Revealed type is "list[int] | None"
    reveal_type(len(s) if s else None)  # N: Revealed type is "int | None"
    reveal_type(s.upper() if flag else s.lower() if n else "")  # N: Revealed type is "str"


branches(True, 1, 1.0, "x", [])
