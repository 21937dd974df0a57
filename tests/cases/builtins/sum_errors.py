# sum() of ints is an int, so it cannot be stored in a str variable and
# has no str methods. When the result must be a list of ints, that type
# flows back into the call, and rows holding strings no longer fit.
from typing import List


def check(counts: List[int], rows: List[List[str]]) -> None:
    label: str = sum(counts)  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
    sum(counts).upper()  # E: "int" has no attribute "upper"  [attr-defined]
    merged: List[int] = sum(rows, [])  # E: Argument 1 to "sum" has incompatible type "list[list[str]]"; expected "Iterable[list[int]]"  [arg-type]
    joined: List[str] = sum(rows, [])
    print(label, merged, joined)
