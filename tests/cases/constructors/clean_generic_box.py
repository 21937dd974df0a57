# Clean: generic classes solved from constructor arguments.
from typing import Generic, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value


class Node(Generic[T]):
    def __init__(self, value: T, parent: "Optional[Node[T]]" = None) -> None:
        self.value = value
        self.parent = parent


count: int = Box(3).get()
name: str = Box("ada").get()
entry: Pair[str, float] = Pair("pi", 3.14)
root = Node(1)
leaf: Node[int] = Node(2, root)
