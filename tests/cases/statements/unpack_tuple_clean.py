# Unpacking a tuple gives each target the type of the matching item,
# even when the items have different types. Swapping two names and
# unpacking nested tuples follow the same rule.


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
