# sorted() returns a new list of the iterable's item type. `key=` may be
# a named function, a builtin or a lambda, and `reverse=True` only flips
# the order, so the result type is the same.
from typing import Dict, List, Tuple


def by_length(words: List[str]) -> List[str]:
    return sorted(words, key=len, reverse=True)


def by_score(scores: Dict[str, int]) -> List[Tuple[str, int]]:
    return sorted(scores.items(), key=lambda item: item[1], reverse=True)


def lowered(word: str) -> str:
    return word.lower()


def alphabetical(words: List[str]) -> List[str]:
    return sorted(words, key=lowered)


def letters(text: str) -> List[str]:
    return sorted(set(text))


def top_three(values: Tuple[float, ...]) -> List[float]:
    return sorted(values, reverse=True)[:3]


ranking = by_score({"a": 2, "b": 5})
best_name, best_score = ranking[0]
print(by_length(["a"]), alphabetical(["B", "a"]), letters("hello"), top_three((1.0, 2.0)))
print(best_name.upper(), best_score + 1)
