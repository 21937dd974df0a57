# Assignment expressions let a value be tested and reused in one step:
# in `if` and `while` conditions, in comprehension filters and in
# conditional expressions. The bound name has the value's type afterwards.
from typing import Dict, List, Optional


def longest(words: List[str]) -> int:
    best = 0
    for word in words:
        if (size := len(word)) > best:
            best = size
    return best


def positives(values: List[int]) -> List[int]:
    return [half for v in values if (half := v // 2) > 0]


def lookup(table: Dict[str, int], key: str) -> int:
    if (value := table.get(key)) is not None:
        return value + 1
    return 0


def drain(stack: List[str]) -> str:
    out = ""
    while stack and (top := stack.pop()):
        out += top
    return out


found: Optional[int] = n if (n := longest(["ab"])) else None
print(positives([1, 4]), lookup({}, "a"), drain(["x"]), found)
