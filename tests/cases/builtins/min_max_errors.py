# The result of min() or max() has the item type, so it cannot be used as
# some other type. With a None default the result may be None and must be
# checked before arithmetic.
from typing import List


def check(numbers: List[int], names: List[str]) -> None:
    top: str = max(numbers)  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
    shortest: int = min(names, key=len)  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
    low = min(numbers, default=None)
    low * 2  # E: Unsupported operand types for * ("None" and "int")  [operator]  # N: Left operand is of type "int | None"
    if low is not None:
        low * 2
    print(top, shortest)
