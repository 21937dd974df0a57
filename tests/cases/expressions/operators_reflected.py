# When the left operand's method does not accept the right operand, the
# right operand's reflected method is tried, so `3 * "ab"` and
# `2 * [0]` work like their mirrored forms. If neither side fits, the
# error names both operand types.
from typing import List


def repeat(n: int, text: str, items: List[int]) -> None:
    reveal_type(n * text)  # N: Revealed type is "str"
    reveal_type(text * n)  # N: Revealed type is "str"
    reveal_type(n * items)  # N: Revealed type is "list[int]"
    reveal_type(1.5 + n)  # N: Revealed type is "float"
    reveal_type(n + 1.5)  # N: Revealed type is "float"
    bad = 1.5 * text  # E: Unsupported operand types for * ("float" and "str")  [operator]
    worse = items * text  # E: Unsupported operand types for * ("list[int]" and "str")  [operator]
    print(bad, worse)


repeat(2, "ab", [0])
