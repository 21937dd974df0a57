# An int is accepted wherever a float is expected: as an argument, a
# return value, an annotated variable, a list item, and a dict value.
# The declared float type is what later code sees.
from typing import Dict, List


def half(x: float) -> float:
    return x / 2


def as_float(n: int) -> float:
    return n


def weights() -> Dict[str, float]:
    return {"a": 1, "b": 0.5}


values: List[float] = [1, 2.5, 3]
total: float = 0
for v in values:
    total += v
total = 10
total *= 2
count = 3
ratio = half(count) + as_float(count)
print(half(4), values, total, ratio, weights())
