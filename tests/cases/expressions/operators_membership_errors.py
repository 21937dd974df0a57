# `x in y` calls `y.__contains__`, or iterates `y` if that is missing.
# A right operand that supports neither is an error naming its type;
# the left operand of `in` is not checked against the element type.
from typing import Dict, List


def contains(n: int, words: List[str], table: Dict[str, int]) -> bool:
    a = 1 in n  # E: Unsupported right operand type for in ("int")  [operator]
    b = "x" not in 3.5  # E: Unsupported right operand type for in ("float")  [operator]
    c = n in words
    d = n in table
    return a or b or c or d


ok = "a" in "abc" and 2 in [1, 2] and "k" in {"k": 1} and 3 not in {4}
bad = None in None  # E: Unsupported right operand type for in ("None")  [operator]
print(contains(1, [], {}), ok, bad)
