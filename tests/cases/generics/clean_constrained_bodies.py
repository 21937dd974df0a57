# Bodies of functions over constrained type variables: operations valid for every
# constraint check clean.
from typing import AnyStr, Generic, Sequence, TypeVar

Number = TypeVar("Number", int, float)
T = TypeVar("T")


def clamp(value: Number, low: Number, high: Number) -> Number:
    if value < low:
        return low
    if value > high:
        return high
    return value


def mean(values: Sequence[Number]) -> float:
    total = sum(values)
    return total / len(values)


def double(value: Number) -> float:
    return value * 2


def strip_both(text: AnyStr, chars: AnyStr) -> AnyStr:
    return text.strip(chars)


def joined(parts: list[AnyStr], separator: AnyStr) -> AnyStr:
    return separator.join(parts)


def first_line(text: AnyStr) -> AnyStr:
    lines = text.splitlines()
    return lines[0] if lines else text


class Pair(Generic[T]):
    def __init__(self, left: T, right: T) -> None:
        self.left = left
        self.right = right

    def swapped(self) -> "Pair[T]":
        return Pair(self.right, self.left)


low: int = clamp(5, 0, 10)
ratio: float = clamp(0.5, 0.0, 1.0)
average = mean([1, 2, 3])
name: str = strip_both("  pycheck  ", " ")
raw: bytes = joined([b"a", b"b"], b",")
title: str = first_line("one\ntwo")
pair: Pair[int] = Pair(1, 2).swapped()
print(low, ratio, average, double(3), name, raw, title, pair.left)


def compiled(pattern: AnyStr | None) -> AnyStr | None:
    if isinstance(pattern, (str, bytes)):
        return strip_both(pattern, pattern)
    return None
