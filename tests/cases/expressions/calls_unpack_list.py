# Unpacking a list with `*` at a call site passes an unknown number of
# elements, so arity is not checked, but the element type must fit every
# parameter the elements could reach.
from typing import List


def point(x: int, y: int) -> int:
    return x + y


def label(name: str, count: int) -> str:
    return name * count


ints: List[int] = [1, 2]
strs: List[str] = ["a", "b"]
floats = [1.0, 2.0]
point(*ints)
point(*strs)  # E: Argument 1 to "point" has incompatible type "*list[str]"; expected "int"  [arg-type]
point(*floats)  # E: Argument 1 to "point" has incompatible type "*list[float]"; expected "int"  [arg-type]
label(*strs)  # E: Argument 1 to "label" has incompatible type "*list[str]"; expected "int"  [arg-type]
label("x", *ints)
label("x", *strs)  # E: Argument 2 to "label" has incompatible type "*list[str]"; expected "int"  [arg-type]
print(point(*[3, 4]))
