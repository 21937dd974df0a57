# A generator function must be annotated with Generator or one of its
# supertypes such as Iterator or Iterable; a plain item type or a list is
# wrong. `yield from` passes on the items of another iterable, which must
# match the declared yield type.
from typing import Generator, Iterator, List


def ones(n: int) -> int:  # E: The return type of a generator function should be "Generator" or one of its supertypes  [misc]
    for _ in range(n):
        yield 1


def letters(word: str) -> List[str]:  # E: The return type of a generator function should be "Generator" or one of its supertypes  [misc]
    yield word[0]


def forwarded(words: List[str]) -> Iterator[int]:
    yield from words  # E: Incompatible types in "yield from" (actual type "str", expected type "int")  [misc]


def delegated() -> Generator[str, None, None]:
    yield from ["a", "b"]
    yield from range(3)  # E: Incompatible types in "yield from" (actual type "int", expected type "str")  [misc]


def fine(n: int) -> Iterator[int]:
    yield from range(n)
