# Bitwise and shift operators work on ints and keep the int type; on
# bools, `&`, `|` and `^` stay bool. Sets support `&`, `|`, `^` and `-`
# for intersection, union, symmetric difference and difference.
from typing import Set


def flags(value: int, shift: int) -> int:
    masked = value & 0xFF
    joined = masked | (1 << shift)
    toggled = joined ^ 0b1010
    return toggled >> 1


def both(a: bool, b: bool) -> bool:
    return (a & b) | (a ^ b)


def overlap(left: Set[str], right: Set[str]) -> Set[str]:
    common = left & right
    everything = left | right
    return (everything - common) ^ (left ^ right)


print(flags(300, 3), both(True, False), overlap({"a"}, {"b"}), ~5, -(-3), +2)
