# min() and max() return the item type of the iterable, or the common type
# of their arguments. A `default=` of another type is joined into the
# result, and `key=` does not change what is returned.
from typing import List, Set, Tuple


def check(numbers: List[int], names: Set[str], pairs: List[Tuple[str, float]]) -> None:
    reveal_type(max(numbers))  # N: Revealed type is "int"
    reveal_type(min(names, key=len))  # N: Revealed type is "str"
    reveal_type(max(pairs, key=lambda pair: pair[1]))  # N: Revealed type is "tuple[str, float]"
    reveal_type(min(numbers, default=None))  # N: Revealed type is "int | None"
    reveal_type(max(names, default=0))  # N: Revealed type is "str | int"
    reveal_type(max(3, 7))  # N: Revealed type is "int"
    reveal_type(min("b", "a", "c"))  # N: Revealed type is "str"
