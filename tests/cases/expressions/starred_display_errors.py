# A starred item in a display must be iterable, and with a declared
# target type its elements must fit that type. Non-iterable values and
# spliced sequences of the wrong element type are reported per item.
from typing import List, Set, Tuple


def merge(ints: List[int], strs: List[str], count: int) -> List[int]:
    return [*ints, *strs]  # E: List item 1 has incompatible type "list[str]"; expected "int"  [list-item]


def spread(count: int) -> List[int]:
    return [*count]  # E: Expected iterable as variadic argument  [misc]


def keys(names: List[str], ids: List[int]) -> Set[str]:
    return {*names, *ids}  # E: Argument 2 to <set> has incompatible type "*list[int]"; expected "str"  [arg-type]


everything: Tuple[int, ...] = (*[1, 2], *["a"])  # E: Argument 2 to <tuple> has incompatible type "*list[str]"; expected "int"  [arg-type]
print(merge([], [], 0), spread(1), keys([], []), everything)
