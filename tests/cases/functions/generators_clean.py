# A function containing `yield` is a generator. Its return annotation may
# be Iterator[int], Iterable[int] or Generator[int, None, None], and every
# yielded value must be an int. Callers iterate it like any iterable.
from typing import Generator, Iterable, Iterator, List


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


def evens(limit: int) -> Generator[int, None, None]:
    for i in range(0, limit, 2):
        yield i


def lengths(words: List[str]) -> Iterable[int]:
    for word in words:
        yield len(word)
    yield 0


def chained(a: List[int], b: List[int]) -> Iterator[int]:
    yield from a
    yield from evens(len(b))


def early(values: List[int]) -> Iterator[int]:
    for v in values:
        if v < 0:
            return
        yield v * 2


print(list(countdown(3)), sum(evens(10)), max(lengths(["ab"])), list(chained([1], [2])), list(early([1, -1])))
