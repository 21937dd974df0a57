# Operations like `3 * "ab"`, `2 * [0]` and `2 * (1,)` succeed through
# the right operand's reflected method, and `1 + 2.5` widens to float.
# Each result has the type the reflected method returns.
from typing import List, Tuple


def banner(width: int) -> str:
    return width * "=" + "\n"


def zeros(count: int) -> List[float]:
    return count * [0.0]


def repeated(times: int) -> Tuple[int, ...]:
    return times * (1, 2)


def shifted(n: int) -> float:
    return n + 0.5 - 2 * 1.5


print(banner(3), zeros(2), repeated(2), shifted(1), True + 1.5, 2 * 3j)
