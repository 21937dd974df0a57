# Operators are sugar for dunder methods on the operand types, and those
# methods can also be called directly with the same argument types:
# `a + b` is `a.__add__(b)`, `len(x)` is `x.__len__()` and `x in c` is
# `c.__contains__(x)`. The direct calls have the same result types.
from typing import Dict, List


def add(a: int, b: int) -> int:
    return a.__add__(b) + (a + b)


def repeat(text: str, times: int) -> str:
    return text.__mul__(times) + text * times


def size(items: List[float]) -> int:
    return items.__len__() + len(items)


def has(table: Dict[str, int], key: str) -> bool:
    return table.__contains__(key) and key in table


def negative(value: float) -> float:
    return value.__neg__() + -value


print(add(1, 2), repeat("a", 2), size([1.0]), has({}, "k"), negative(2.0), (7).__floordiv__(2))
