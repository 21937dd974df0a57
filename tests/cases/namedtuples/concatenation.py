# Adding a named tuple and a tuple gives the tuple of both's items.
from typing import NamedTuple


class Span(NamedTuple):
    start: int
    end: int


span = Span(1, 5)
extra = ("label",)
reveal_type(span + extra)  # N: Revealed type is "tuple[int, int, str]"
reveal_type(extra + span)  # N: Revealed type is "tuple[str, int, int]"
reveal_type(span + span)  # N: Revealed type is "tuple[int, int, int, int]"
wide: tuple[int, int, str] = span + extra
wrong: tuple[int, int] = span + extra  # E: Incompatible types in assignment (expression has type "tuple[int, int, str]", variable has type "tuple[int, int]")  [assignment]
