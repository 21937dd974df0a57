# An empty list, dict or set gets its item type from what is added next
# (a partial type). A call to any other generic class that leaves its
# type arguments open needs an annotation at once, and is Any meanwhile.
from collections import deque

pending = deque()  # E: Need type annotation for "pending"  [var-annotated]
pending.append(1)
reveal_type(pending)  # N: Revealed type is "collections.deque[Any]"
seen = frozenset()  # E: Need type annotation for "seen"  [var-annotated]
ordered = sorted([])  # E: Need type annotation for "ordered" (hint: "ordered: list[<type>] = ...")  [var-annotated]
queue: deque[int] = deque()
items = []
items.append(1)


def walk() -> None:
    stack = iter([])  # E: Need type annotation for "stack"  [var-annotated]
    backwards = reversed([])  # E: Need type annotation for "backwards"  [var-annotated]
    print(stack, backwards)


print(seen, ordered, queue, items)
