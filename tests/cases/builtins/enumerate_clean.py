# enumerate() pairs every item with an int index, starting from 0 or from
# the `start` argument. Unpacking the pair in a for loop gives an int and
# the item type, so both can be used with their own methods.
from typing import Dict, List


def numbered(lines: List[str]) -> List[str]:
    result: List[str] = []
    for index, line in enumerate(lines, start=1):
        result.append(str(index).rjust(3) + " " + line.strip())
    return result


def positions(word: str) -> Dict[str, int]:
    seen: Dict[str, int] = {}
    for i, letter in enumerate(word):
        seen.setdefault(letter, i)
    return seen


def total_weighted(values: List[float]) -> float:
    total = 0.0
    for weight, value in enumerate(values, 1):
        total += weight * value
    return total


pairs = list(enumerate("abc"))
first_index, first_letter = pairs[0]
print(numbered(["a", "b"]), positions("hello"), total_weighted([0.5, 1.5]))
print(first_index + 1, first_letter.upper())
