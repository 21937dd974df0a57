# Counting loops over range with one, two and three arguments, nested
# loops, and accumulation into ints and lists. The loop variable is an
# int in every case.
from typing import List


def multiplication_table(size: int) -> List[List[int]]:
    table: List[List[int]] = []
    for row in range(1, size + 1):
        line: List[int] = []
        for col in range(1, size + 1):
            line.append(row * col)
        table.append(line)
    return table


def evens(limit: int) -> List[int]:
    result = []
    for n in range(0, limit, 2):
        result.append(n)
    return result


countdown = 0
for i in range(10):
    countdown += i
for j in range(10, 0, -1):
    countdown -= j
print(multiplication_table(3), evens(9), countdown, len(range(5)))
