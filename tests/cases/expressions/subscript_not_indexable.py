# Only values with `__getitem__` can be subscripted. Numbers, None, call
# results of those types and an Optional that may still be None are
# rejected, and the message names the whole type of the value.
from typing import List, Optional


def head(items: Optional[List[int]], count: int, ratio: float) -> int:
    a = count[0]  # E: Value of type "int" is not indexable  [index]
    b = ratio[1:]  # E: Value of type "float" is not indexable  [index]
    c = items[0]  # E: Value of type "list[int] | None" is not indexable  [index]
    if items is not None:
        return items[0] + a + b + c
    return 0


def helper() -> int:
    return 1


nothing = None[0]  # E: Value of type "None" is not indexable  [index]
size = len("abc")[0]  # E: Value of type "int" is not indexable  [index]
print(head(None, 1, 1.0), nothing, size, helper()[0])  # E: Value of type "int" is not indexable  [index]
