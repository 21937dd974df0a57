# Positional arguments may be narrower than their parameters: an int is
# accepted for a float, a bool for an int, and a list or tuple for a
# Sequence or Iterable of a matching element type.
from typing import Iterable, Sequence


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def count_true(flags: Iterable[bool], start: int) -> int:
    return start + sum(1 for flag in flags if flag)


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(value, high))


mean([1, 2, 3])
mean((1.5, 2.5))
count_true([True, False], True)
count_true((f for f in [True]), 0)
clamp(5, 0, 10.5)
clamp(True, False, 1)
print(mean(range(1, 4)), clamp(len("abc"), 0, 2))
