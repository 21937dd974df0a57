# Defaults are evaluated once, when the function is defined, and any
# expression whose type fits the annotation may be used: an int for a
# float, a call result, a module-level constant or an arithmetic result.
from typing import Optional, Tuple

LIMIT = 100
SEPARATOR = ", "


def clamp(value: float, low: float = 0, high: float = LIMIT * 1.5) -> float:
    return max(low, min(value, high))


def join(a: str, b: str, sep: str = SEPARATOR.strip() + " ") -> str:
    return a + sep + b


def window(size: Tuple[int, int] = (LIMIT // 2, len("abcd"))) -> int:
    width, height = size
    return width * height


def retries(count: int = abs(-3), delay: Optional[float] = None) -> float:
    return count * (delay if delay is not None else 0.5)


def code(letter: str = chr(65), offset: int = ord("a") - ord("A")) -> int:
    return ord(letter) + offset


print(clamp(200), clamp(5, 1, 3), join("a", "b"), window(), window((2, 3)), retries(), code(), code("B", 0))
