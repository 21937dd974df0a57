# Each conversion function returns a value of its own type, so the result
# of str() is no int and the result of int() has no str methods. A
# converted number does not add to the text it came from.
from typing import List


def check(text: str, count: int, items: List[int]) -> None:
    reveal_type(int(text))  # N: Revealed type is "int"
    reveal_type(float(count))  # N: Revealed type is "float"
    reveal_type(str(items))  # N: Revealed type is "str"
    reveal_type(bool(items))  # N: Revealed type is "bool"
    number: int = str(count)  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
    int(text).strip()  # E: "int" has no attribute "strip"  [attr-defined]
    float(text).upper()  # E: "float" has no attribute "upper"  [attr-defined]
    flag: str = bool(text)  # E: Incompatible types in assignment (expression has type "bool", variable has type "str")  [assignment]
    int(text) + text  # E: Unsupported operand types for + ("int" and "str")  [operator]
    print(number, flag)
