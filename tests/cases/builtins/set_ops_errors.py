# Set operators need a set on both sides, while the named methods accept
# any iterable. Combining sets of different item types gives a set of the
# union; when the result must stay a set of ints, union() with a set of
# strings is rejected at its argument.
from typing import List, Set


def check(a: Set[int], b: Set[int], names: Set[str], extra: List[int]) -> None:
    reveal_type(a | b)  # N: Revealed type is "set[int]"
    reveal_type(a & b)  # N: Revealed type is "set[int]"
    reveal_type(a - b)  # N: Revealed type is "set[int]"
    reveal_type(a ^ b)  # N: Revealed type is "set[int]"
    reveal_type(a.union(extra))  # N: Revealed type is "set[int]"
    reveal_type(a.intersection(extra))  # N: Revealed type is "set[int]"
    reveal_type(a.difference(extra))  # N: Revealed type is "set[int]"
    reveal_type(a | names)  # N: Revealed type is "set[int | str]"
    a | extra  # E: Unsupported operand types for | ("set[int]" and "list[int]")  [operator]
    a - extra  # E: Unsupported operand types for - ("set[int]" and "list[int]")  [operator]
    only: Set[int] = a.union(names)  # E: Argument 1 to "union" of "set" has incompatible type "set[str]"; expected "Iterable[int]"  [arg-type]
    print(only)
