# The `@` operator needs `__matmul__` on the left operand or
# `__rmatmul__` on the right one. No builtin type defines either, so
# every use on numbers, strings or lists is an operator error.
from typing import List


def dot(a: List[float], b: List[float]) -> float:
    return a @ b  # E: Unsupported left operand type for @ ("list[float]")  [operator]


def scaled(n: int, f: float) -> float:
    return n @ f  # E: Unsupported left operand type for @ ("int")  [operator]


grid = [[1, 2], [3, 4]]
product = grid @ grid  # E: Unsupported left operand type for @ ("list[list[int]]")  [operator]
text = "ab" @ "cd"  # E: Unsupported left operand type for @ ("str")  [operator]
square = 3 @ 3  # E: Unsupported left operand type for @ ("int")  [operator]
print(dot([1.0], [2.0]), scaled(1, 2.0), product, text, square)
