# `in` and `not in` accept any container or iterable on the right: str
# substrings, list and tuple items, dict keys, set members and ranges.
# The result is always a bool.
from typing import Dict, List, Set, Tuple


def lookup(word: str, words: List[str], counts: Dict[str, int], seen: Set[int], pair: Tuple[int, int]) -> bool:
    a = "ab" in word
    b = word not in words
    c = word in counts
    d = len(word) in seen
    e = 3 in pair
    f = len(words) not in range(10)
    g = word in counts.values() or 1 in counts.values()
    return a and b and c and d and e and f and g


hit: bool = "x" in "xyz"
print(lookup("w", [], {}, set(), (1, 2)), hit)
