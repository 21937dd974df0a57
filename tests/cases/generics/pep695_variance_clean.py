# mypy-args: --python-version 3.12
# Inferred variance lets read-only generic classes be used covariantly and callbacks
# contravariantly, with no annotations of variance at all.
from collections.abc import Callable, Iterator


class Shape:
    def area(self) -> float:
        return 0.0


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side**2


class Gallery[T]:
    def __init__(self, items: tuple[T, ...]) -> None:
        self._items = items

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def first(self) -> T | None:
        return self._items[0] if self._items else None


class Listener[E]:
    def __init__(self, on_event: Callable[[E], None]) -> None:
        self._on_event = on_event

    def notify(self, event: E) -> None:
        self._on_event(event)


def total_area(gallery: Gallery[Shape]) -> float:
    return sum(shape.area() for shape in gallery)


def on_square(listener: Listener[Square]) -> None:
    listener.notify(Square(2.0))


def print_area(shape: Shape) -> None:
    print(shape.area())


squares = Gallery((Square(1.0), Square(3.0)))
print(total_area(squares))
on_square(Listener[Shape](print_area))
