# `x is not None` narrows an optional value to its value type inside the
# if block. A conditional expression narrows the same way in its true
# branch, and `!= None` is not needed.
from typing import Optional


def length(text: Optional[str]) -> int:
    if text is not None:
        return len(text)
    return -1


def total(values: list[Optional[int]]) -> int:
    result = 0
    for value in values:
        if value is not None:
            result += value
    return result


def label(code: Optional[int]) -> str:
    return hex(code) if code is not None else "none"


def first_upper(words: list[str], found: Optional[str] = None) -> str:
    if found is not None and words:
        return found.upper() + words[0]
    return ""


print(length("abc"), total([1, None, 2]), label(255), first_upper(["a"]))
