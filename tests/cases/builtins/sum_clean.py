# sum() adds up numbers starting from 0, so a list of ints sums to an int
# and a list of floats to a float. A `start` value of another type is
# added first, which is how lists are concatenated with sum().
from typing import Dict, List


def total(values: List[int]) -> int:
    return sum(values)


def average(values: List[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def count_true(flags: List[bool]) -> int:
    return sum(flags)


def shifted(values: List[int]) -> float:
    return sum(values, 0.5)


def flatten(rows: List[List[str]]) -> List[str]:
    return sum(rows, [])


def weighted(prices: Dict[str, float], amounts: Dict[str, int]) -> float:
    return sum(prices[name] * amounts[name] for name in amounts)


print(total([1, 2]), average([2.0]), count_true([True]), shifted([1]), flatten([["a"]]), weighted({}, {}))
