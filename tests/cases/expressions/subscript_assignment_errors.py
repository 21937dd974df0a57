# Item assignment needs a `__setitem__` method. Tuples and strs are
# immutable, so assigning to one of their items is rejected, and so is
# deleting one; dict items are assigned and deleted freely.
from typing import Dict, Tuple


def update(point: Tuple[int, int], name: str, table: Dict[str, int]) -> None:
    point[0] = 5  # E: Unsupported target for indexed assignment ("tuple[int, int]")  [index]
    name[0] = "N"  # E: Unsupported target for indexed assignment ("str")  [index]
    table[name] = point[1]
    del table[name]
    del point[0]  # E: "tuple[int, int]" has no attribute "__delitem__"  [attr-defined]


pair = (1, 2)
pair[1] += 1  # E: Unsupported target for indexed assignment ("tuple[int, int]")  [index]
word = "abc"
word[-1] = "z"  # E: Unsupported target for indexed assignment ("str")  [index]
update(pair, word, {})
