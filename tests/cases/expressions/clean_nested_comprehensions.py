# Comprehensions may have several `for` clauses, each seeing the
# variables of the ones before it, and several `if` clauses. A
# comprehension can also be the element of another comprehension.
from typing import Dict, List, Tuple


def flatten(rows: List[List[int]]) -> List[int]:
    return [cell for row in rows for cell in row]


def grid(width: int, height: int) -> List[Tuple[int, int]]:
    return [(x, y) for x in range(width) for y in range(height) if x != y if x + y > 1]


def transpose(matrix: List[List[float]]) -> List[List[float]]:
    return [[row[i] for row in matrix] for i in range(len(matrix[0]))]


def letters(words: List[str]) -> Dict[str, List[str]]:
    return {word: [ch for ch in word if ch.isalpha()] for word in words if word}


total = sum(x * y for x in range(3) for y in range(x))
print(flatten([[1], [2, 3]]), grid(2, 2), transpose([[1.0]]), letters(["a1"]), total)
