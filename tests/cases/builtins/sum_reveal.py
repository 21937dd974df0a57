# Without `start`, sum() of ints or bools is an int. For other items the
# literal 0 it starts from is returned for an empty input, so it is part
# of the result type. With `start` the result is the item type joined
# with the start's type.
from typing import List


def check(ints: List[int], floats: List[float], rows: List[List[int]], flags: List[bool]) -> None:
    reveal_type(sum(ints))  # N: Revealed type is "int"
    reveal_type(sum(floats))  # N: Revealed type is "float | Literal[0]"
    reveal_type(sum(flags))  # N: Revealed type is "int"
    reveal_type(sum(ints, 0.0))  # N: Revealed type is "int | float"
    reveal_type(sum(floats, 10))  # N: Revealed type is "float | int"
    reveal_type(sum(rows, []))  # N: Revealed type is "list[int]"
    reveal_type(sum(x * 2 for x in ints))  # N: Revealed type is "int"
    reveal_type(sum([1.5, 2]))  # N: Revealed type is "float | Literal[0]"
