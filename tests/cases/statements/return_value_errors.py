# A return statement must give a value of the declared return type. A
# function declared to return None may not return a value, and one that
# declares a real return type may not use a bare return.
from typing import Optional


def half(n: int) -> int:
    return n / 2  # E: Incompatible return value type (got "float", expected "int")  [return-value]


def greeting(name: str) -> str:
    if not name:
        return None  # E: Incompatible return value type (got "None", expected "str")  [return-value]
    return 42  # E: Incompatible return value type (got "int", expected "str")  [return-value]


def log(message: str) -> None:
    print(message)
    return message  # E: No return value expected  [return-value]


def lookup(table: dict[str, int], key: str) -> int:
    if key not in table:
        return  # E: Return value expected  [return-value]
    return table.get(key)  # E: Incompatible return value type (got "int | None", expected "int")  [return-value]


def maybe_first(values: list[str]) -> Optional[int]:
    if values:
        return values[0]  # E: Incompatible return value type (got "str", expected "int | None")  [return-value]
    return None
