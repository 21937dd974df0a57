# Lists grown with append and extend, shrunk with pop, and read by
# index and slice. Empty lists get their element type from an
# annotation or from the first append.
from typing import List


def merge(first: List[int], second: List[int]) -> List[int]:
    result: List[int] = []
    result.extend(first)
    result.extend(second)
    return sorted(result)


def drain(stack: List[str]) -> str:
    out = ""
    while len(stack) > 0:
        out += stack.pop()
    return out


queue = []
queue.append(3)
queue.append(4)
queue.extend([5, 6])
head = queue.pop(0)
tail = queue[-1]
middle = queue[1:3]
print(merge([3, 1], [2]), drain(["c", "b", "a"]), head + tail, middle)
