# Parameters with default values may be omitted or supplied by
# position or keyword. Defaults of None are fine for Optional
# parameters, and defaults are checked against the annotation.
from typing import List, Optional


def repeat(text: str, times: int = 2, sep: str = " ") -> str:
    return sep.join([text] * times)


def clamp(value: float, low: float = 0.0, high: float = 1.0) -> float:
    if value < low:
        return low
    if value > high:
        return high
    return value


def tag(name: str, note: Optional[str] = None, items: Optional[List[int]] = None) -> str:
    return name + ":" + str(note) + ":" + str(items)


print(repeat("ha"), repeat("ha", 3), repeat("ha", sep="-"), repeat(text="x", times=1))
print(clamp(1.5), clamp(-1, high=2), clamp(0.5, 0.25, 0.75))
print(tag("a"), tag("b", "note"), tag("c", items=[1, 2]), tag("d", None, None))
