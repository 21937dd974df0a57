# Positional-only parameters are filled by position only, so a keyword
# with the same name goes to `**kwargs` instead of clashing with them.
# Parameters after `/` are ordinary and may be named.
from typing import Dict


def put(key: str, value: int, /, **extra: int) -> Dict[str, int]:
    result = {key: value}
    result.update(extra)
    return result


def between(low: int, high: int, /, value: int) -> bool:
    return low <= value <= high


put("a", 1)
put("a", 1, key=2, value=3)
between(1, 10, 5)
between(1, 10, value=5)
print(put("b", 2, c=3), between(0, 0, value=0))
