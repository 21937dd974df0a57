# `not isinstance(...)` swaps the branches: the if block sees the
# remaining members and the else block sees the checked class. Combined
# with an early return, the rest of the function sees the checked class.
from typing import Union


def as_list(value: Union[str, list[str]]) -> list[str]:
    if not isinstance(value, list):
        return [value]
    return value


def digits(value: Union[int, str]) -> int:
    if not isinstance(value, str):
        return len(str(value))
    else:
        return len(value.strip())


def total(values: list[Union[int, None]]) -> int:
    result = 0
    for value in values:
        if not isinstance(value, int):
            continue
        result += value
    return result


print(as_list("a"), digits(123), total([1, None, 3]))
