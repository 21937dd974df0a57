# Overloads outside a stub must be followed by an implementation, in modules and classes alike.
from typing import overload


@overload  # E: An overloaded function outside a stub file must have an implementation  [no-overload-impl]
def area(width: int) -> int: ...
@overload
def area(width: float, height: float) -> float: ...


class Canvas:
    @overload  # E: An overloaded function outside a stub file must have an implementation  [no-overload-impl]
    def draw(self, shape: str) -> None: ...
    @overload
    def draw(self, shape: str, color: str) -> None: ...

    @staticmethod  # E: An overloaded function outside a stub file must have an implementation  [no-overload-impl]
    @overload
    def scale(factor: int) -> int: ...
    @staticmethod
    @overload
    def scale(factor: float) -> float: ...
