# A returned expression must match the declared return type. The
# message quotes both the actual and the expected type.
from typing import List, Optional


def count_words(text: str) -> int:
    return text.split()  # E: Incompatible return value type (got "list[str]", expected "int")  [return-value]


def first_name(names: List[str]) -> str:
    return names  # E: Incompatible return value type (got "list[str]", expected "str")  [return-value]


def ratio(a: int, b: int) -> int:
    return a / b  # E: Incompatible return value type (got "float", expected "int")  [return-value]


def maybe_length(text: str) -> Optional[int]:
    if text:
        return len(text)
    return "empty"  # E: Incompatible return value type (got "str", expected "int | None")  [return-value]


def as_float(n: int) -> float:
    return n


print(count_words("a b"), first_name(["x"]), ratio(1, 2), maybe_length(""))
