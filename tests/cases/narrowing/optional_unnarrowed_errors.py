# Without a check that rules out None, an optional value cannot be used
# as its value type. Checking a different variable, or checking after
# the use, does not help.
from typing import Optional


def shout(text: Optional[str], other: Optional[str]) -> str:
    if other is not None:
        return text.upper()  # E: Item "None" of "str | None" has no attribute "upper"  [union-attr]
    result = text + "!"  # E: Unsupported left operand type for + ("None")  [operator]  # N: Left operand is of type "str | None"
    if text is None:
        return ""
    return result


def average(total: Optional[float], count: int) -> float:
    if count == 0:
        return total  # E: Incompatible return value type (got "float | None", expected "float")  [return-value]
    return total / count  # E: Unsupported operand types for / ("None" and "int")  [operator]  # N: Left operand is of type "float | None"


def first(values: Optional[list[int]]) -> int:
    if values is None:
        print(len(values))  # E: Argument 1 to "len" has incompatible type "None"; expected "Sized"  [arg-type]
    return values[0]  # E: Value of type "list[int] | None" is not indexable  [index]
