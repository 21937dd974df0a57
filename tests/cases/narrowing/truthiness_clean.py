# Using an optional value as a condition removes None in the true branch,
# because None is always false. Empty strings and zero are false as well,
# but the value type stays the same for them.
from typing import Optional


def title(text: Optional[str]) -> str:
    if text:
        return text.title()
    return "untitled"


def scale(factor: Optional[float], value: float) -> float:
    if not factor:
        return value
    return value * factor


def describe(items: Optional[list[str]]) -> str:
    while items:
        return ", ".join(items)
    return "nothing"


def safe_len(text: Optional[str]) -> int:
    return len(text) if text else 0


print(title(None), scale(2.0, 3.0), describe(["a"]), safe_len("xy"))
