# Starred items in list, set and tuple displays splice in every element
# of an iterable. The display's element type joins all spliced and plain
# items; a fixed-length tuple unpacked into a tuple display keeps each
# item's own type, and `**` in a dict display merges key and value types.
from typing import Dict, List, Tuple


def combine(ints: List[int], floats: List[float], strs: List[str], row: Tuple[int, str], table: Dict[str, int]) -> None:
    reveal_type([*ints, *ints])  # N: Revealed type is "list[int]"
    reveal_type([0, *ints, 2.5])  # N: Revealed type is "list[float]"
    reveal_type([*ints, *floats])  # N: Revealed type is "list[float]"
    reveal_type({*strs, "x"})  # N: Revealed type is "set[str]"
    reveal_type((*row, 1.5))  # N: Revealed type is "tuple[int, str, float]"
    reveal_type((*ints, 1))  # N: Revealed type is "tuple[int, ...]"
    reveal_type([*row])  # N: Revealed type is "list[object]"
    reveal_type({**table, "extra": 1})  # N: Revealed type is "dict[str, int]"
    reveal_type({**table, **{"f": 1.5}})  # N: Revealed type is "dict[str, float]"
    reveal_type([*ints, *strs])  # N: Revealed type is "list[object]"


combine([], [], [], (1, "a"), {})
