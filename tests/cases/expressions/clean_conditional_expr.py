# Conditional expressions may appear anywhere an expression can: as an
# argument, a return value, an index or inside another conditional. A
# branch of the declared type on each side is always accepted.
from typing import List, Optional


def sign(n: int) -> str:
    return "positive" if n > 0 else "negative" if n < 0 else "zero"


def safe_first(items: List[str]) -> Optional[str]:
    return items[0] if items else None


def ratio(a: int, b: int) -> float:
    return a / b if b else 0


def pick(items: List[int], last: bool) -> int:
    return items[-1 if last else 0]


width = max(3 if len(sign(1)) > 4 else 5, 2)
print(sign(-1), safe_first([]), ratio(1, 0), pick([1, 2], True), width)
