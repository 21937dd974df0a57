# Union parameters accept any member type, and values of a member type
# or of the whole union flow into a wider union. Operations valid for
# every member, like str() or printing, are accepted on the union.
from typing import List, Union


def render(value: Union[int, float, str]) -> str:
    return "<" + str(value) + ">"


def widen(value: Union[int, str]) -> Union[int, str, None]:
    return value


def total(values: List[Union[int, float]]) -> str:
    return str(len(values))


def pick(flag: bool) -> int | str:
    if flag:
        return 1
    return "one"


print(render(1), render(2.5), render("x"), render(pick(True)))
print(widen(3), widen("a"), widen(pick(False)), total([1, 2.5, 3]))
