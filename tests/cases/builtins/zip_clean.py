# zip() over two iterables yields pairs holding one item from each, so a
# loop can unpack them and use each side with its own type. Building a
# dict from zip() of keys and values gives the matching dict type.
from typing import Dict, List, Tuple


def pair_up(names: List[str], ages: List[int]) -> Dict[str, int]:
    return dict(zip(names, ages))


def dot(xs: List[float], ys: List[float]) -> float:
    total = 0.0
    for x, y in zip(xs, ys):
        total += x * y
    return total


def labelled(keys: Tuple[str, ...], values: List[int]) -> List[str]:
    return [key.upper() + "=" + str(value + 1) for key, value in zip(keys, values)]


def differences(values: List[int]) -> List[int]:
    return [b - a for a, b in zip(values, values[1:])]


table: List[Tuple[str, int]] = list(zip("abc", range(3)))
print(pair_up(["a"], [1]), dot([1.0], [2.0]), labelled(("k",), [1]), differences([1, 4, 9]), table)
