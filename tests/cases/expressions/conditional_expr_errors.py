# A conditional expression `a if c else b` may produce either branch, so
# one branch of another type makes the whole expression fail to fit the
# target, and the error shows the union of the two branch types.
from typing import List, Optional


def choose(flag: bool, n: int, s: str) -> int:
    return n if flag else s  # E: Incompatible return value type (got "int | str", expected "int")  [return-value]


def pick(items: List[int]) -> int:
    first: int = items[0] if items else None  # E: Incompatible types in assignment (expression has type "int | None", variable has type "int")  [assignment]
    return first


def scale(flag: bool, n: int) -> str:
    result: str = "big" if n > 10 else n * 2  # E: Incompatible types in assignment (expression has type "str | int", variable has type "str")  [assignment]
    return result


def maybe(flag: bool) -> Optional[int]:
    return 1 if flag else "one"  # E: Incompatible return value type (got "int | str", expected "int | None")  [return-value]


print(choose(True, 1, "a"), pick([]), scale(False, 1), maybe(True))
