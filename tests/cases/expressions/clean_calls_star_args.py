# Variadic positional parameters take any number of arguments, including
# none, and mix with regular parameters before them and keyword-only
# parameters after them.
from typing import Tuple


def average(*values: float) -> float:
    return sum(values) / len(values) if values else 0.0


def prefixed(prefix: str, *words: str, sep: str = " ") -> str:
    return sep.join(prefix + word for word in words)


def first(*items: int) -> int:
    head: Tuple[int, ...] = items
    return head[0] if head else -1


average()
average(1, 2.5, 3)
prefixed("re-")
prefixed("re-", "do", "make", sep=",")
first(4, 5, 6)
print(average(1.0), prefixed("x", "y"), first())
