# dict methods keep the key and value types: get() without a default may
# return None, pop() with a default of another type returns a union, and
# popitem() returns a key-value pair. A None default for pop() does not
# fit where an int result is required.
from typing import Dict


def check(counts: Dict[str, int]) -> None:
    reveal_type(counts.get("a"))  # N: Revealed type is "int | None"
    reveal_type(counts.get("a", 0))  # N: Revealed type is "int"
    reveal_type(counts.get("a", "none"))  # N: Revealed type is "int | str"
    reveal_type(counts.pop("a", None))  # N: Revealed type is "int | None"
    reveal_type(counts.popitem())  # N: Revealed type is "tuple[str, int]"
    reveal_type(counts.setdefault("a", 1))  # N: Revealed type is "int"
    for key, value in counts.items():
        reveal_type(value)  # N: Revealed type is "int"
    counts.get("a") + 1  # E: Unsupported operand types for + ("None" and "int")  [operator]  # N: Left operand is of type "int | None"
    counts.pop("a", 0).upper()  # E: "int" has no attribute "upper"  [attr-defined]
    counts.popitem()[1].upper()  # E: "int" has no attribute "upper"  [attr-defined]
    name: int = counts.popitem()[0]  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
    total: int = counts.pop("c", None)  # E: Argument 2 to "pop" of "dict" has incompatible type "None"; expected "int"  [arg-type]
    print(name, total)
