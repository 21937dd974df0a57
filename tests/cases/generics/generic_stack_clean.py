# A generic container class: the element type is solved from the constructor and kept
# by every method.
from typing import Generic, Iterator, Optional, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)


history: Stack[str] = Stack()
history.push("open")
history.push("edit")
last: str = history.pop()
top = history.peek()
if top is not None:
    print(top.upper())
print([entry.title() for entry in history], len(history))
