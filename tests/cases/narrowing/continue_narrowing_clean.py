# Inside a loop, a branch that continues skips the rest of the body, so
# the rest of that iteration sees the narrowed type. break narrows the
# same way for the code after it in the body.
from typing import Optional, Union


def total(values: list[Optional[int]]) -> int:
    result = 0
    for value in values:
        if value is None:
            continue
        result += value
    return result


def lengths(items: list[Union[str, list[str]]]) -> list[int]:
    out: list[int] = []
    for item in items:
        if isinstance(item, list):
            out.append(len(item))
            continue
        out.append(len(item.strip()))
    return out


def until_missing(values: list[Optional[str]]) -> str:
    joined = ""
    for value in values:
        if value is None:
            break
        joined += value.upper()
    return joined


print(total([1, None]), lengths(["a", ["b"]]), until_missing(["x", None]))
