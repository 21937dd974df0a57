# A function with a non-None return type must return on every path.
# Falling off the end of the body after an if without else, or after a
# loop that can finish normally, is a missing return.
from typing import Optional


def sign(n: int) -> int:  # E: Missing return statement  [return]
    if n > 0:
        return 1
    elif n < 0:
        return -1


def find(words: list[str], target: str) -> int:  # E: Missing return statement  [return]
    for index, word in enumerate(words):
        if word == target:
            return index


def parse(text: str) -> Optional[int]:  # E: Missing return statement  [return]
    if text.isdigit():
        return int(text)


def retry(limit: int) -> bool:  # E: Missing return statement  [return]
    while limit > 0:
        limit -= 1
        if limit == 3:
            return True


def nothing() -> str:  # E: Missing return statement  [empty-body]
    pass
