# map() applies a named function to every item, and the results have the
# function's return type. filter() keeps the item type, whether the test
# is a named function or None (which drops the false items).
from typing import List, Optional


def shout(word: str) -> str:
    return word.upper() + "!"


def is_even(number: int) -> bool:
    return number % 2 == 0


def length(text: str) -> int:
    return len(text)


def shouted(words: List[str]) -> List[str]:
    return list(map(shout, words))


def total_length(words: List[str]) -> int:
    return sum(map(length, words))


def evens(numbers: List[int]) -> List[int]:
    return list(filter(is_even, numbers))


def present(names: List[str]) -> List[str]:
    return [name.title() for name in filter(None, names)]


def as_ints(texts: List[str]) -> List[int]:
    return list(map(int, texts))


print(shouted(["a"]), total_length(["ab"]), evens([1, 2]), present(["", "x"]), as_ints(["1"]))
