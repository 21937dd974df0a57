# In `a and b`, the right operand is only evaluated when the left one is
# true, so narrowing from the left applies to the right. In `a or b` the
# right side sees the left condition as false.
from typing import Optional, Union


def starts_with_a(name: Optional[str]) -> bool:
    return name is not None and name.startswith("a")


def is_blank(text: Optional[str]) -> bool:
    return text is None or text.strip() == ""


def big_number(value: Union[int, str]) -> bool:
    return isinstance(value, int) and value > 100


def both(a: Optional[int], b: Optional[int]) -> int:
    if a is not None and b is not None:
        return a + b
    return 0


def either(a: Optional[str], b: str) -> str:
    if a is None or not a:
        return b.upper()
    return a.lower()


print(starts_with_a("ann"), is_blank(None), big_number("x"), both(1, 2), either(None, "b"))
