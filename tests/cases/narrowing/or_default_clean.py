# `x or default` gives the default when x is false, so an optional value
# combined with a non-optional default has the value type. Assigning
# that result back to the name narrows it for the rest of the function.
from typing import Optional


def greeting(name: Optional[str]) -> str:
    name = name or "friend"
    return "hi " + name


def limit(value: Optional[int]) -> int:
    return (value or 10) * 2


def join(parts: Optional[list[str]]) -> str:
    parts = parts or []
    parts.append("end")
    return "-".join(parts)


def pick(a: Optional[str], b: Optional[str]) -> str:
    chosen = a or b or "none"
    return chosen.upper()


print(greeting(None), limit(None), join(None), pick(None, "b"))
