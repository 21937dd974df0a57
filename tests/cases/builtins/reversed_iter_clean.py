# reversed() walks a sequence backwards with the same item type, iter()
# makes an iterator over any iterable, and next() returns its next item.
# With a default, next() returns the item type or the default's type.
from typing import Dict, Iterator, List, Optional


def backwards(word: str) -> str:
    return "".join(reversed(word))


def last_even(numbers: List[int]) -> Optional[int]:
    for number in reversed(numbers):
        if number % 2 == 0:
            return number
    return None


def first_key(table: Dict[str, int]) -> str:
    return next(iter(table), "")


def head_and_rest(numbers: List[int]) -> int:
    it: Iterator[int] = iter(numbers)
    head = next(it, 0)
    return head + sum(it)


def first_long(words: List[str]) -> Optional[str]:
    return next((w for w in words if len(w) > 3), None)


print(backwards("abc"), last_even([1, 2]), first_key({"a": 1}), head_and_rest([1, 2]), first_long(["abcd"]))
