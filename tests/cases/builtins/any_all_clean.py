# any() and all() take any iterable and return a bool, so their result can
# be returned as bool, used in conditions or combined with `and`. The
# items themselves are only tested for truth, so any type is accepted.
from typing import Dict, List, Optional


def has_negative(values: List[int]) -> bool:
    return any(v < 0 for v in values)


def all_filled(fields: Dict[str, Optional[str]]) -> bool:
    return all(fields.values())


def valid_word(word: str) -> bool:
    return bool(word) and all(ch.isalpha() for ch in word)


def any_match(words: List[str], prefix: str) -> bool:
    found = any(w.startswith(prefix) for w in words)
    return found or not words


def count_ok(rows: List[List[int]]) -> int:
    return sum(1 for row in rows if all(row))


print(has_negative([1, -1]), all_filled({"a": None}), valid_word("abc"))
print(any_match(["ab"], "a"), count_ok([[1, 0], [2]]), any([]), all(()))
