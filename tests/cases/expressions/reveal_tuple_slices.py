# Slicing a fixed-length tuple with literal bounds gives a tuple of
# exactly the selected items, in order, honouring negative bounds and a
# step. Slicing a variable-length tuple keeps `tuple[T, ...]`.
from typing import Tuple


def parts(row: Tuple[int, str, float, bool], rest: Tuple[int, ...]) -> None:
    reveal_type(row[1:])  # N: Revealed type is "tuple[str, float, bool]"
    reveal_type(row[:2])  # N: Revealed type is "tuple[int, str]"
    reveal_type(row[1:3])  # N: Revealed type is "tuple[str, float]"
    reveal_type(row[-2:])  # N: Revealed type is "tuple[float, bool]"
    reveal_type(row[::2])  # N: Revealed type is "tuple[int, float]"
    reveal_type(row[::-1])  # N: Revealed type is "tuple[bool, float, str, int]"
    reveal_type(row[5:])  # N: Revealed type is "tuple[()]"
    reveal_type(rest[1:])  # N: Revealed type is "tuple[int, ...]"
    reveal_type(rest[0])  # N: Revealed type is "int"


parts((1, "a", 1.0, True), (1, 2, 3))
