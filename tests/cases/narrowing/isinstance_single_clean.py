# isinstance() with one class narrows a union to that class inside the
# if block and to the remaining members in the else block, so methods of
# each member can be used in the matching branch.
from typing import Union


def normalize(value: Union[int, str]) -> str:
    if isinstance(value, int):
        return str(value + 1)
    else:
        return value.strip()


def size(item: Union[list[int], str, None]) -> int:
    if isinstance(item, list):
        item.append(0)
        return len(item)
    if isinstance(item, str):
        return len(item.upper())
    return 0


def as_float(x: Union[float, str]) -> float:
    if isinstance(x, str):
        x = float(x)
    return x * 2


print(normalize(3), size([1]), size(None), as_float("1.5"))
