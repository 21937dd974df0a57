# A default may be any expression, and its type is checked against the
# parameter's annotation once, where the function is defined. A division
# is a float even when both operands are ints, and a comparison or a call
# gives its own result type.
from typing import List


def pages(count: int = 10 / 2) -> int:  # E: Incompatible default for parameter "count" (default has type "float", parameter has type "int")  [assignment]
    return count


def ratio(value: float = 3 // 2, limit: float = len("abc")) -> float:
    return value / limit


def names(items: List[str] = list("abc"), counts: List[int] = "1 2".split()) -> List[str]:  # E: Incompatible default for parameter "counts" (default has type "list[str]", parameter has type "list[int]")  [assignment]
    return items + [str(c) for c in counts]


def joined(sep: str = ",".join(["a", "b"]), strict: bool = 1 > 0) -> str:
    return sep if strict else ""


def width(size: int = "80".zfill(4)) -> int:  # E: Incompatible default for parameter "size" (default has type "str", parameter has type "int")  [assignment]
    return size


def code(value: int = ord("a") + 1, label: str = str(2 ** 8)) -> str:
    return label * value
