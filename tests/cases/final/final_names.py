# A name declared Final may not be assigned again: not at module level, not with an
# augmented assignment, not in a function through `global`, not a local one.
from typing import Final

MAX: Final = 3
LIMIT: Final[int] = 10
NAME: Final[str] = "pycheck"
reveal_type(LIMIT)  # N: Revealed type is "int"
MAX = 4  # E: Cannot assign to final name "MAX"  [misc]
LIMIT += 1  # E: Cannot assign to final name "LIMIT"  [misc]
NAME: Final = "other"  # E: Cannot redefine an existing name as final  [misc]
WRONG: Final[int] = "ten"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]


def reset() -> None:
    global MAX
    MAX = 5  # E: Cannot assign to final name "MAX"  [misc]


def local_constant() -> int:
    step: Final = 2
    step = 3  # E: Cannot assign to final name "step"  [misc]
    return step


def reads_are_fine() -> int:
    total = MAX + LIMIT
    total = total * 2
    return total + len(NAME)
