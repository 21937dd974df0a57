# Clean: a generic class built through __init__ with defaults, nested in other generics.
from typing import Generic, Optional, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self, items: Optional[list[T]] = None) -> None:
        self.items: list[T] = items if items is not None else []

    def push(self, item: T) -> None:
        self.items.append(item)


ints: Stack[int] = Stack()
ints.push(3)
words = Stack(["a", "b"])
words.push("c")
nested: Stack[Stack[int]] = Stack([ints])
