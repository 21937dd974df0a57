# mypy-args: --python-version 3.12
# PEP 695 classes get their parameters' variance from how they use them: read-only
# containers are covariant, sinks contravariant, mutable boxes invariant.
from collections.abc import Callable


class Animal:
    name = "animal"


class Dog(Animal):
    def bark(self) -> str:
        return "woof"


class Snapshot[T]:
    def __init__(self, value: T) -> None:
        self._value = value

    def get(self) -> T:
        return self._value


class Sink[T]:
    def __init__(self, handler: Callable[[T], None]) -> None:
        self._handler = handler

    def send(self, item: T) -> None:
        self._handler(item)


class Cell[T]:
    def __init__(self, value: T) -> None:
        self.value = value


def show(snapshot: Snapshot[Animal]) -> str:
    return snapshot.get().name


def feed_dogs(sink: Sink[Dog]) -> None:
    sink.send(Dog())


def replace(cell: Cell[Animal]) -> None:
    cell.value = Animal()


def log_animal(animal: Animal) -> None:
    print(animal.name)


show(Snapshot(Dog()))
feed_dogs(Sink[Animal](log_animal))
dog_cell = Cell(Dog())
replace(dog_cell)  # E: Argument 1 to "replace" has incompatible type "Cell[Dog]"; expected "Cell[Animal]"  [arg-type]
animal_snapshot: Snapshot[Animal] = Snapshot(Animal())
dog_snapshot: Snapshot[Dog] = animal_snapshot  # E: Incompatible types in assignment (expression has type "Snapshot[Animal]", variable has type "Snapshot[Dog]")  [assignment]
animal_sink: Sink[Animal] = Sink[Dog](lambda d: None)  # E: Incompatible types in assignment (expression has type "Sink[Dog]", variable has type "Sink[Animal]")  [assignment]
