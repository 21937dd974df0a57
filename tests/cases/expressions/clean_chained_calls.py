# The result of a call is an expression of the callee's return type, so
# methods, indexes and further calls can be chained on it directly.
# Each step is checked with the type the previous step produced.
from typing import Dict, List


def words(text: str) -> List[str]:
    return text.split()


def counts(text: str) -> Dict[str, int]:
    return {word: len(word) for word in words(text)}


def first_upper(text: str) -> str:
    return words(text)[0].upper().strip()


def longest(text: str) -> int:
    return sorted(counts(text).values(), reverse=True)[0]


def last_letter(text: str) -> str:
    return "".join(reversed(words(text)[-1]))[0]


joined: str = ",".join(words("a b")).replace(",", ";").title()
print(first_upper("hi there"), longest("a bb"), last_letter("xy z"), joined)
