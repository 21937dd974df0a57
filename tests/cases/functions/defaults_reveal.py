# A parameter's type comes from its annotation, not from its default
# value: an int default of a float parameter still gives a float, and a
# None default of an Optional parameter gives the full union. Without an
# annotation the parameter is Any even when its default is a str.
from typing import List, Optional, Tuple


def scale(value: float = 1, factor: Optional[int] = None, label="x", items: List[str] = []) -> None:
    reveal_type(value)  # N: Revealed type is "float"
    reveal_type(factor)  # N: Revealed type is "int | None"
    reveal_type(label)  # N: Revealed type is "Any"
    reveal_type(items)  # N: Revealed type is "list[str]"


def window(size: Tuple[int, int] = (80, 24), title: Optional[str] = "main") -> None:
    reveal_type(size)  # N: Revealed type is "tuple[int, int]"
    reveal_type(title)  # N: Revealed type is "str | None"
    if title is not None:
        reveal_type(title)  # N: Revealed type is "str"
