# `or` supplies a fallback for a falsy or None value, `and` guards an
# expression behind a check, and `not` negates any value to a bool.
# When both sides have the declared type the result has it too.
from typing import Dict, List, Optional


def display(name: Optional[str]) -> str:
    return name or "anonymous"


def first_word(text: str) -> str:
    return text and text.split()[0]


def limit(value: Optional[int], default: int) -> int:
    return value or default


def is_empty(items: List[int], table: Dict[str, int]) -> bool:
    return not items and not table


def either(a: bool, b: bool, c: bool) -> bool:
    return a and b or not c


print(display(None), first_word("hello world"), limit(None, 3), is_empty([], {}), either(True, False, True))
