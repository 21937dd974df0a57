# Generator expressions can be passed straight to functions that take an
# iterable: sum(), any(), all(), min(), max(), list(), sorted() and
# str.join(). Their items are typed from the element expression.
from typing import List


def total_length(words: List[str]) -> int:
    return sum(len(word) for word in words)


def has_negative(values: List[float]) -> bool:
    return any(value < 0 for value in values)


def all_upper(words: List[str]) -> bool:
    return all(word.isupper() for word in words)


def ordered_lengths(words: List[str]) -> List[int]:
    return sorted(len(word) for word in words)


def doubled(numbers: List[int]) -> List[int]:
    return list(n * 2 for n in numbers)


joined = ", ".join(str(n) for n in range(3))
widest = max(len(w) for w in ["a", "bcd"])
print(total_length(["ab"]), has_negative([1.0]), all_upper(["A"]), ordered_lengths(["a"]), doubled([1]), joined, widest)
