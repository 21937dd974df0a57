# A recursive call has the function's declared return type, so mistakes
# in how the result is used are caught inside the function itself: an
# Optional result must be checked before arithmetic, and the arguments of
# the inner call are checked like any other call.
from typing import List, Optional


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(str(n - 2))  # E: Argument 1 to "fib" has incompatible type "str"; expected "int"  [arg-type]


def total(values: List[int]) -> str:
    if not values:
        return "0"
    return values[0] + total(values[1:])  # E: Incompatible return value type (got "int", expected "str")  [return-value]  # E: Unsupported operand types for + ("int" and "str")  [operator]


def find(values: List[int], target: int, i: int = 0) -> Optional[int]:
    if i >= len(values):
        return None
    if values[i] == target:
        return i
    return find(values, target, i + 1) + 0  # E: Unsupported operand types for + ("None" and "int")  [operator]  # N: Left operand is of type "int | None"


def countdown(n: int) -> None:
    if n > 0:
        countdown(n - 1, n)  # E: Too many arguments for "countdown"  [call-arg]
