# The result of `and` / `or` may be either operand, so assigning it where
# only one operand's type fits is an error naming the union type. A
# `not` expression is a bool, which is accepted as an int.
from typing import Optional


def label(name: Optional[str], count: int) -> str:
    return name or count  # E: Incompatible return value type (got "str | int", expected "str")  [return-value]


def size(text: str, fallback: Optional[int]) -> int:
    first: int = fallback or text  # E: Incompatible types in assignment (expression has type "int | str", variable has type "int")  [assignment]
    second: int = text and 0  # E: Incompatible types in assignment (expression has type "Literal[''] | int", variable has type "int")  [assignment]
    third: int = not text
    return first + second + third


def title(words: str) -> str:
    return words and words.title() or None  # E: Incompatible return value type (got "str | None", expected "str")  [return-value]


print(label(None, 1), size("", None), title("a b"))
