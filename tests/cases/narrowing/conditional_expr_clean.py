# A conditional expression narrows its condition's subject in the true
# branch and the negation in the false branch, just like an if statement.
# Each branch is checked with the narrowed type.
from typing import Optional, Union


def length(text: Optional[str]) -> int:
    return len(text) if text is not None else 0


def describe(value: Union[int, str]) -> str:
    return value.upper() if isinstance(value, str) else str(value * 2)


def fallback(name: Optional[str], default: str) -> str:
    return default.title() if name is None else name.title()


def halve(n: Optional[int]) -> float:
    return n / 2 if n else 0.0


print(length(None), describe(4), fallback(None, "x"), halve(3))
