# The expressions inside f-string fields are type checked like any
# other expression: undefined names, bad operators and missing
# attributes are reported on the f-string's line. The f-string itself
# is a str and is rejected where another type is expected.
from typing import List


def report(count: int, names: List[str]) -> str:
    first = f"{count + ' items'}"  # E: Unsupported operand types for + ("int" and "str")  [operator]
    second = f"{names.size}"  # E: "list[str]" has no attribute "size"  [attr-defined]
    third = f"{missing_name:>5}"  # E: Name "missing_name" is not defined  [name-defined]
    fourth = f"{count!r:{names}}"
    return first + second + third + fourth


def total(values: List[int]) -> int:
    return f"{sum(values)}"  # E: Incompatible return value type (got "str", expected "int")  [return-value]


width: int = f"{10}"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
print(report(1, []), total([]), width, f"{width.upper()}")  # E: "int" has no attribute "upper"  [attr-defined]
