# Each item of enumerate() is a tuple of int and the iterable's item type.
# Unpacking it in a loop gives the two parts their own types, and the
# index stays an int whatever `start` is.
from typing import List, Tuple


def check(names: List[str], scores: Tuple[float, ...]) -> None:
    reveal_type(list(enumerate(names)))  # N: Revealed type is "list[tuple[int, str]]"
    for i, name in enumerate(names, start=10):
        reveal_type(i)  # N: Revealed type is "int"
        reveal_type(name)  # N: Revealed type is "str"
    for pair in enumerate(scores):
        reveal_type(pair)  # N: Revealed type is "tuple[int, float]"
    for j, ch in enumerate("xyz"):
        reveal_type(ch)  # N: Revealed type is "str"


def misuse(names: List[str]) -> None:
    for i, name in enumerate(names):
        name + i  # E: Unsupported operand types for + ("str" and "int")  [operator]
        i.upper()  # E: "int" has no attribute "upper"  [attr-defined]
    labels: List[str] = [n for n, _ in enumerate(names)]  # E: List comprehension has incompatible type List[int]; expected List[str]  [misc]
    print(labels)
