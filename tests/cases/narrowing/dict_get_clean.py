# dict.get() without a default returns an optional value, which must be
# narrowed before use; with a default of the value type it returns the
# value type directly, with nothing left to narrow.
from typing import Optional


def price(prices: dict[str, float], item: str) -> float:
    found = prices.get(item)
    if found is None:
        return 0.0
    return found * 1.2


def count(counts: dict[str, int], word: str) -> int:
    return counts.get(word, 0) + 1


def nickname(names: dict[str, str], key: str) -> str:
    name: Optional[str] = names.get(key)
    if name:
        return name.lower()
    return names.get("default", "anon")


print(price({"a": 1.0}, "a"), count({}, "x"), nickname({}, "k"))
