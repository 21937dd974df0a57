# Unary minus and plus keep an int an int and a float a float, `~`
# inverts the bits of an int, and `not` turns any value into a bool.
# The operators nest and combine with binary ones.
from typing import List


def flip(n: int) -> int:
    return -n + +n - ~n


def magnitude(x: float) -> float:
    return -x if x < 0 else +x


def empty(items: List[str]) -> bool:
    return not items or not not items[0]


def toggle(flag: bool) -> bool:
    return not flag


negated: int = -(-5)
inverted: int = ~0b1010
offset: float = -1.5 * -2
print(flip(3), magnitude(-2.0), empty([]), toggle(True), negated, inverted, offset)
