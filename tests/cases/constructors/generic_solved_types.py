# What a generic constructor call makes, and arguments that contradict the expected type.
from typing import Generic, TypeVar

T = TypeVar("T")


class Queue(Generic[T]):
    def __init__(self, *items: T) -> None:
        self.items = list(items)


class Cell(Generic[T]):
    def __init__(self, value: T) -> None:
        self.value = value


reveal_type(Cell(1))  # N: Revealed type is "generic_solved_types.Cell[int]"
reveal_type(Cell("text"))  # N: Revealed type is "generic_solved_types.Cell[str]"
reveal_type(Queue(1, 2, 3))  # N: Revealed type is "generic_solved_types.Queue[int]"
numbers: Cell[int] = Cell("one")  # E: Argument 1 to "Cell" has incompatible type "str"; expected "int"  [arg-type]
words: Queue[str] = Queue("a", 2)  # E: Argument 2 to "Queue" has incompatible type "int"; expected "str"  [arg-type]
