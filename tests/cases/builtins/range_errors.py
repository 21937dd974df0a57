# A range is not a list: it has no append() and does not fit a list
# variable until list() converts it. Its items are ints, indexing it
# gives an int, and slicing it gives another range.
from typing import List


def check(limit: int) -> None:
    reveal_type(range(limit)[0])  # N: Revealed type is "int"
    reveal_type(range(0, limit, 2)[1:])  # N: Revealed type is "range"
    reveal_type(list(range(limit, 0, -1)))  # N: Revealed type is "list[int]"
    range(limit).append(limit)  # E: "range" has no attribute "append"  [attr-defined]
    numbers: List[int] = range(1, limit, 2)  # E: Incompatible types in assignment (expression has type "range", variable has type "list[int]")  [assignment]
    for i in range(0, limit, 5):
        i.upper()  # E: "int" has no attribute "upper"  [attr-defined]
    label: str = range(3)[1]  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
    print(numbers, label)
