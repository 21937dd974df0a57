# range() takes one to three int arguments: stop, start and stop, or
# start, stop and step, where a negative step counts down. Its items are
# ints, it can be indexed, sliced and measured, and `in` tests membership.
from typing import List


def evens(limit: int) -> List[int]:
    return list(range(0, limit, 2))


def countdown(start: int) -> List[str]:
    return [str(n) for n in range(start, 0, -1)]


def every_third(items: List[str]) -> List[str]:
    return [items[i] for i in range(0, len(items), 3)]


def last_of(stop: int, step: int) -> int:
    steps = range(0, stop, step)
    return steps[-1] if len(steps) > 0 else 0


def middle(stop: int) -> List[int]:
    return list(range(stop)[1:-1])


def is_multiple(value: int, of: int) -> bool:
    return value in range(0, value + 1, of)


total = 0
for i in range(10, 100, 10):
    total += i
print(evens(7), countdown(3), every_third(["a", "b", "c", "d"]), last_of(10, 3), middle(5), is_multiple(9, 3), total)
