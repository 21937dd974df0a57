# collections.deque is a generic mutable sequence with both ends open.
# The rest of the collections module is not stubbed yet and is Any.
from collections import OrderedDict, deque
from typing import Sequence


def drain(sizes: Sequence[int]) -> int:
    sizes = deque(sizes)
    total = 0
    while sizes:
        total += sizes.popleft()
        total += sizes.pop()
    return total


window = deque([1, 2], maxlen=3)
reveal_type(window)  # N: Revealed type is "collections.deque[int]"
reveal_type(window.maxlen)  # N: Revealed type is "int | None"
window.appendleft(0)
window.rotate(2)
window.append("x")  # E: Argument 1 to "append" of "deque" has incompatible type "str"; expected "int"  [arg-type]
names: deque[str] = deque()
names.extend(["a", "b"])
reveal_type(names[0])  # N: Revealed type is "str"
for size in window:
    reveal_type(size)  # N: Revealed type is "int"
ordered = OrderedDict([("a", 1)])
print(drain([1, 2]), len(window), 3 in window, list(names), ordered)
