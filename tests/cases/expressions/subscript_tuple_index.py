# Indexing a fixed-length tuple with an int literal picks that item's
# own type, counting from the end for negative literals. A literal past
# either end is a "Tuple index out of range" error; a non-literal index
# gives the union of all item types.
from typing import Tuple

record: Tuple[int, str, float] = (1, "a", 2.0)


def fields(position: int) -> None:
    reveal_type(record[0])  # N: Revealed type is "int"
    reveal_type(record[-1])  # N: Revealed type is "float"
    reveal_type(record[-3])  # N: Revealed type is "int"
    reveal_type(record[position])  # N: Revealed type is "int | str | float"
    missing = record[3]  # E: Tuple index out of range  [misc]
    before = record[-4]  # E: Tuple index out of range  [misc]
    far = record[10]  # E: Tuple index out of range  [misc]
    print(missing, before, far)


def pair() -> Tuple[str, str]:
    return ("x", "y")


third = pair()[2]  # E: Tuple index out of range  [misc]
fields(1)
print(third, pair()[1])
