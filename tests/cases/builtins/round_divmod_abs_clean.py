# round() to whole units gives an int that can index and count, while
# rounding to ndigits keeps a float. divmod() unpacks into quotient and
# remainder, and abs() of an int is still an int.
from typing import List, Tuple


def to_cents(amount: float) -> int:
    return round(amount * 100)


def display(amount: float) -> str:
    return str(round(amount, 2))


def clock(total_seconds: int) -> Tuple[int, int, int]:
    minutes, seconds = divmod(total_seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return hours, minutes, seconds


def distance(a: int, b: int) -> int:
    return abs(a - b)


def nearest(values: List[float], target: float) -> float:
    return min(values, key=lambda v: abs(v - target))


def pick(items: List[str], position: float) -> str:
    return items[round(position)]


print(to_cents(1.25), display(2.345), clock(3661), distance(3, 9), nearest([1.0, 2.0], 1.4), pick(["a"], 0.2))
