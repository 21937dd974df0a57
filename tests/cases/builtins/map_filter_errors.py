# map() results have the mapped function's return type. filter() keeps
# the item type, so the kept items only have that type's attributes.
from typing import List


def shout(word: str) -> str:
    return word.upper()


def is_even(number: int) -> bool:
    return number % 2 == 0


def check(words: List[str], numbers: List[int]) -> None:
    reveal_type(list(map(shout, words)))  # N: Revealed type is "list[str]"
    reveal_type(list(filter(is_even, numbers)))  # N: Revealed type is "list[int]"
    for number in filter(is_even, numbers):
        number.upper()  # E: "int" has no attribute "upper"  [attr-defined]
