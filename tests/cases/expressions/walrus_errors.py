# A name bound by `:=` keeps the type it was first given, so binding a
# value of another type later is an assignment error, and the bound value
# is checked wherever the walrus expression itself is used.
from typing import List, Optional


def first_long(words: List[str]) -> str:
    if (size := len(words)) > 0:
        size = words[0]  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
    return size  # E: Incompatible return value type (got "int", expected "str")  [return-value]


def parse(text: str) -> int:
    total = 0
    while (chunk := text[:2]) != "":
        total += chunk  # E: Unsupported operand types for + ("int" and "str")  [operator]
        text = text[2:]
    return total


def pick(value: Optional[int]) -> int:
    return (result := value)  # E: Incompatible return value type (got "int | None", expected "int")  [return-value]


label: str = (width := 10)  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
print(first_long(["a"]), parse("abcd"), pick(None), label, width)
