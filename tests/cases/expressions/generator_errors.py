# A generator expression passed where an Iterable[int] or Iterator[int]
# is expected is checked item by item: an item of another type is
# reported as an incompatible generator item. Operators on the result of
# sum() are checked with the type sum() returns.
from typing import Iterable, Iterator, List


def total(values: Iterable[int]) -> int:
    return sum(values)


def doubled(words: List[str]) -> Iterator[int]:
    return (word * 2 for word in words)  # E: Generator has incompatible item type "str"; expected "int"  [misc]


total(str(n) for n in range(3))  # E: Generator has incompatible item type "str"; expected "int"  [misc]
total(n / 2 for n in range(3))  # E: Generator has incompatible item type "float"; expected "int"  [misc]
total(len(w) for w in ["a", "bb"])
count = sum(n for n in range(4)) + "items"  # E: Unsupported operand types for + ("int" and "str")  [operator]
print(list(doubled(["a"])), count)
