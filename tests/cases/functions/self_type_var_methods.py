# A type variable annotating `self` stands for the type of the object the
# method is called on: a subclass gets its own type back, and a parameter
# with the same type variable must match it.
from typing import Generic, Optional, TypeVar

_Shape = TypeVar("_Shape", bound="Shape")
_T = TypeVar("_T")
_B = TypeVar("_B", bound="Box[int]")


class Shape:
    def moved(self: _Shape, dx: int) -> _Shape:
        return self

    def merged(self: _Shape, other: _Shape) -> _Shape:
        return other


class Square(Shape):
    side: int = 1


class Box(Generic[_T]):
    def __init__(self, item: _T) -> None:
        self.item = item

    def same(self: _B) -> _B:
        return self


reveal_type(Square().moved(2))  # N: Revealed type is "self_type_var_methods.Square"
reveal_type(Shape().moved(2))  # N: Revealed type is "self_type_var_methods.Shape"
print(Square().moved(1).side)
Square().merged(Shape())  # E: Argument 1 to "merged" of "Shape" has incompatible type "Shape"; expected "Square"  [arg-type]
reveal_type(Box(1).same())  # N: Revealed type is "self_type_var_methods.Box[int]"

failure: Optional[Exception] = None
try:
    print("work")
except ValueError as error:
    failure = error.with_traceback(None)
    reveal_type(failure)  # N: Revealed type is "ValueError"
