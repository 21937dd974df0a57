# A generic container class rejects items of another type and gives back its own.
from typing import Generic, Optional, TypeVar

T = TypeVar("T")


class Queue(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def put(self, item: T) -> None:
        self._items.append(item)

    def get(self) -> Optional[T]:
        return self._items.pop(0) if self._items else None


jobs: Queue[int] = Queue()
jobs.put("compile")  # E: Argument 1 to "put" of "Queue" has incompatible type "str"; expected "int"  [arg-type]
job = jobs.get()
job + 1  # E: Unsupported operand types for + ("None" and "int")  [operator]  # N: Left operand is of type "int | None"
name: str = jobs.get()  # E: Incompatible types in assignment (expression has type "int | None", variable has type "str")  [assignment]
