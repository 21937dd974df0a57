# sorted over lists of ints and strs returns a new list of the same
# element type; min and max of two ints are ints, and sum over a list
# of ints is an int.
from typing import List


def median(values: List[int]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2 == 1:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def bounded(value: int, low: int, high: int) -> int:
    return max(low, min(value, high))


names: List[str] = sorted(["carol", "alice", "bob"])
ranked: List[int] = sorted([3, 1, 2], reverse=True)
total: int = sum([1, 2, 3])
largest: int = max(4, 9)
smallest: int = min(4, 9)
print(median([5, 1, 4, 2]), bounded(15, 0, 10), names[0].title(), ranked)
print(total + largest - smallest)
