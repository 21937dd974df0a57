# `//` and `%` on ints give ints, so they fit int targets, while with a
# float operand they give floats. `**` with a non-negative literal
# exponent keeps an int base an int, and `%` on a str formats it.
from typing import Tuple


def split_minutes(total: int) -> Tuple[int, int]:
    hours: int = total // 60
    minutes: int = total % 60
    return hours, minutes


def cube(n: int) -> int:
    return n ** 3


def wrap(angle: float) -> float:
    return angle % 360.0 + angle // 360


def describe(count: int) -> str:
    return "%d items" % count


quotient, remainder = divmod(17, 5)
area: int = quotient ** 2 + remainder
print(split_minutes(125), cube(3), wrap(400.0), describe(2), area, 2.0 ** 0.5)
