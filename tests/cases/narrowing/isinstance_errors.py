# Narrowing only applies in the branch it was made for: outside it the
# full union is back, and the branch that excludes a member cannot use
# that member's methods.
from typing import Union


def measure(value: Union[int, str]) -> int:
    if isinstance(value, str):
        size = len(value)
    else:
        size = len(value)  # E: Argument 1 to "len" has incompatible type "int"; expected "Sized"  [arg-type]
    return size + value  # E: Unsupported operand types for + ("int" and "str")  [operator]  # N: Right operand is of type "int | str"


def upper(value: Union[str, list[str]]) -> str:
    if not isinstance(value, str):
        return value.upper()  # E: "list[str]" has no attribute "upper"  [attr-defined]
    return value.upper()


def total(values: Union[list[int], int]) -> int:
    if isinstance(values, int):
        values.append(1)  # E: "int" has no attribute "append"  [attr-defined]
    return values[0]  # E: Value of type "list[int] | int" is not indexable  [index]
