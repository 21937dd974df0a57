# When one branch of an if statement returns, the code after the if only
# runs when the condition was false, so the negated narrowing holds for
# the rest of the function.
from typing import Optional, Union


def parse(text: Optional[str]) -> int:
    if text is None:
        return 0
    if not text.isdigit():
        return -1
    return int(text)


def width(value: Union[int, str, list[str]]) -> int:
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        return len(value)
    return sum(len(item) for item in value)


def combine(a: Optional[int], b: Optional[int]) -> int:
    if a is None or b is None:
        return 0
    return a * b


print(parse("12"), width(["ab", "c"]), combine(2, 3))
