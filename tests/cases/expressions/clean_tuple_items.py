# Items taken from a fixed-length tuple by literal index keep their own
# types, so each can be used with that type's operations. A non-literal
# index gives the union of the item types instead.
from typing import Tuple, Union


def describe(person: Tuple[str, int, float]) -> str:
    name = person[0].title()
    next_age = person[1] + 1
    height = round(person[2], 1)
    return f"{name} {next_age} {height}"


def any_item(row: Tuple[int, str], index: int) -> Union[int, str]:
    return row[index]


def swap(pair: Tuple[int, str]) -> Tuple[str, int]:
    return pair[1], pair[0]


point = (3, 4)
distance: float = (point[0] ** 2 + point[-1] ** 2) ** 0.5
print(describe(("ann", 30, 1.7)), any_item((1, "a"), 0), swap((1, "b")), distance)
