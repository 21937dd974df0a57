# Generic dataclasses: the constructor's arguments solve the type variables.
from dataclasses import dataclass, field
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


@dataclass
class Pair(Generic[K, V]):
    key: K
    value: V

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)


@dataclass
class Stack(Generic[V]):
    items: list[V] = field(default_factory=list)

    def push(self, item: V) -> None:
        self.items.append(item)

    def pop(self) -> V:
        return self.items.pop()


pair = Pair("a", 1)
swapped: Pair[int, str] = pair.swap()
stack: Stack[int] = Stack()
stack.push(swapped.key)
total: int = stack.pop() + pair.value
print(total, swapped.value.upper())
