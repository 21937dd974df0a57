# Sets built from displays and by add, iterated in loops and tested
# for membership. An empty set needs an annotation, and set displays
# of one element type infer that element type.
from typing import List, Set


def unique_words(text: str) -> Set[str]:
    seen: Set[str] = set()
    for word in text.lower().split():
        seen.add(word)
    return seen


def count_common(a: Set[int], b: Set[int]) -> int:
    common = 0
    for item in a:
        if item in b:
            common += 1
    return common


def as_list(items: Set[str]) -> List[str]:
    return sorted(items)


primes = {2, 3, 5, 7}
odds = {1, 3, 5, 7, 9}
primes.add(11)
print(unique_words("the cat and the hat"), count_common(primes, odds))
print(as_list({"b", "a"}), len(primes), 4 in odds)
