# An assignment expression `(name := value)` binds the name with the
# value's type and is itself an expression of that type, usable in a
# condition, a call or a comprehension. Inside a comprehension the name
# is bound in the enclosing function and stays visible after it.
from typing import List, Optional


def scan(values: List[int], text: str, maybe: Optional[str]) -> None:
    if (count := len(values)) > 2:
        reveal_type(count)  # N: Revealed type is "int"
    reveal_type(doubled := [v * 2 for v in values])  # N: Revealed type is "list[int]"
    reveal_type([last := v / 2 for v in values])  # N: Revealed type is "list[float]"
    reveal_type(last)  # N: Revealed type is "float"
    reveal_type((parts := text.split(",")))  # N: Revealed type is "list[str]"
    if (found := maybe) is not None:
        reveal_type(found)  # N: Revealed type is "str"
    print(doubled, parts)


scan([1, 2, 3], "a,b", None)
