# Fixed-size tuples with a type per position, homogeneous variadic
# tuples, unpacking in assignments and for loops, and indexing with
# constant ints that stay within bounds.
from typing import List, Tuple


def min_max(values: List[int]) -> Tuple[int, int]:
    low = values[0]
    high = values[0]
    for v in values:
        low = min(low, v)
        high = max(high, v)
    return (low, high)


def total_length(parts: Tuple[str, ...]) -> int:
    total = 0
    for part in parts:
        total += len(part)
    return total


low, high = min_max([4, 8, 1])
pair = ("x", 2)
name = pair[0]
count = pair[1]
entries: List[Tuple[str, int]] = [("a", 1), ("b", 2)]
for key, value in entries:
    print(key.upper(), value + 1)
print(low, high, name.upper(), count * 2, total_length(("ab", "c")), pair[-1])
