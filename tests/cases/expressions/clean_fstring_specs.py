# f-string replacement fields accept any expression, a `!r`, `!s` or
# `!a` conversion and a format spec, which may itself contain nested
# fields. Every f-string is a str, whatever the field types are.
from typing import Dict, List, Optional


def money(amount: float, currency: str = "EUR") -> str:
    return f"{amount:,.2f} {currency!s}"


def debug(name: str, value: Optional[int]) -> str:
    return f"{name!r} = {value!a}"


def table(rows: Dict[str, float], width: int) -> List[str]:
    return [f"{key:<{width}}|{val:>{width}.1f}|{val:e}" for key, val in rows.items()]


def progress(done: int, total: int) -> str:
    return f"{done / total:.0%} ({done:03d}/{total:x}) {'done' if done == total else 'busy'}"


def nested(parts: List[str]) -> str:
    return f"{len(parts)} parts: {', '.join(f'<{p}>' for p in parts)}"


header: str = f"{'name':^10}|{'value':^8}" + f"{1 + 2=}"
print(money(1234.5), debug("x", None), table({"a": 1.0}, 4), progress(1, 2), nested(["a"]), header)
