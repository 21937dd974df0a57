# Comparing an optional value with `is None` narrows it: the if branch
# sees None and the else branch sees the value type. Returning early in
# the None branch leaves the value type for the rest of the function.
from typing import Optional


def greet(name: Optional[str]) -> str:
    if name is None:
        return "hello, stranger"
    return "hello, " + name.title()


def double(n: Optional[int]) -> int:
    if n is None:
        n = 0
    return n * 2


def pick(first: Optional[float], second: float) -> float:
    if first is None:
        result = second
    else:
        result = first + second
    return result


print(greet(None), greet("ada"), double(None), pick(None, 1.5))
