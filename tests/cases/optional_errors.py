# Optional[X] means X or None. Without narrowing, an optional value
# cannot be used where a plain X is required, and attribute access or
# arithmetic on it reports the None member.
from typing import Optional


def find(names: list[str], prefix: str) -> Optional[str]:
    for name in names:
        if name.startswith(prefix):
            return name
    return None


def shout(text: str) -> str:
    return text.upper()


found = find(["ann", "bob"], "a")
shout(found)  # E: Argument 1 to "shout" has incompatible type "str | None"; expected "str"  [arg-type]
found.upper()  # E: Item "None" of "str | None" has no attribute "upper"  [union-attr]
length: int = find([], "x")  # E: Incompatible types in assignment (expression has type "str | None", variable has type "int")  [assignment]


def bump(limit: Optional[int]) -> int:
    return limit + 1  # E: Unsupported operand types for + ("None" and "int")  [operator]  # N: Left operand is of type "int | None"


print(shout("ok"), length, bump(None))
