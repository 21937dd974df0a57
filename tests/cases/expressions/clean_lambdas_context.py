# Lambdas take their parameter types from where they are used: a key
# function for sorted(), min() or max(), an argument of a declared
# Callable type, or a variable annotated with one. Their bodies are then
# checked with those types and fit the expected return type.
from typing import Callable, Dict, List, Tuple


def apply_all(fn: Callable[[int], int], values: List[int]) -> List[int]:
    return [fn(v) for v in values]


by_length = sorted(["ccc", "a", "bb"], key=lambda word: len(word))
by_score = sorted([("a", 2), ("b", 1)], key=lambda pair: pair[1], reverse=True)
shortest = min(["abc", "d"], key=lambda word: word.count("a"))
largest: Tuple[str, int] = max({"x": 1, "y": 2}.items(), key=lambda item: item[1])
square: Callable[[int], int] = lambda n: n * n
greet: Callable[[str, int], str] = lambda name, times: name.upper() * times
table: Dict[str, Callable[[float], float]] = {"half": lambda x: x / 2, "neg": lambda x: -x}
print(apply_all(lambda v: v + 1, [1, 2]), by_length, by_score, shortest, largest)
print(square(3), greet("hi", 2), table["half"](3.0))
