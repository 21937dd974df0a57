# Unpacking a tuple gives each target the type of the matching item,
# even when the items have different types. Swapping two names and
# unpacking nested tuples follow the same rule. A union of tuples of the
# same length gives each target the union of its items.
from typing import Literal


def min_max(values: list[int]) -> tuple[int, int]:
    return min(values), max(values)


def split_pair(entry: tuple[str, int]) -> str:
    label, amount = entry
    return label * amount


low, high = min_max([3, 1, 4])
low, high = high, low
name, (year, score) = "ada", (1815, 9.5)
title: str = name.title()
later: int = year + 1
ratio: float = score / 2
x, y = 1, 2
x, y = y, x + y
print(low - high, split_pair(("ab", 3)), title, later, ratio, x, y)


def describe(
    address: tuple[str, int] | tuple[bytes, int, int],
    kind: tuple[Literal["tcp"], int] | tuple[str, int] | tuple[bool, float],
) -> None:
    for host, port in [("a", 1), ("b", 2)]:
        print(host.upper(), port + 1)
    if len(address) == 2:
        host, port = address
        print(host.upper(), port)
    label, number = kind
    reveal_type(label)  # N: Revealed type is "str | bool"
    reveal_type(number)  # N: Revealed type is "int | float"
