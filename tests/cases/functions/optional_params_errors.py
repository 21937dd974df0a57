# An Optional parameter may be None inside the function until it is
# checked, so using it directly as its plain type is reported with the
# None member named. Callers may pass None, but not values of other types.
from typing import List, Optional


def greet(name: Optional[str] = None) -> str:
    return "hello " + name  # E: Unsupported operand types for + ("str" and "None")  [operator]  # N: Right operand is of type "str | None"


def limit(values: List[int], most: Optional[int] = None) -> List[int]:
    reveal_type(most)  # N: Revealed type is "int | None"
    return values[:most + 1]  # E: Unsupported operand types for + ("None" and "int")  [operator]  # N: Left operand is of type "int | None"


def width(size: Optional[int] = 10) -> int:
    return size  # E: Incompatible return value type (got "int | None", expected "int")  [return-value]


def collect(item: str, into: Optional[List[str]] = None) -> List[str]:
    into.append(item)  # E: Item "None" of "list[str] | None" has no attribute "append"  [union-attr]
    return into or []


greet(None)
greet(5)  # E: Argument 1 to "greet" has incompatible type "int"; expected "str | None"  [arg-type]
limit([1], most="2")  # E: Argument "most" to "limit" has incompatible type "str"; expected "int | None"  [arg-type]
