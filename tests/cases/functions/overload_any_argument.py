# An Any argument that lets overloads with different results match makes the call Any.
from typing import Any


def lookup(obj: object, fallback: Any, flag: bool) -> None:
    found = getattr(obj, "x", fallback)
    reveal_type(found)  # N: Revealed type is "Any"
    found()
    certain = getattr(obj, "x", flag)
    reveal_type(certain)  # N: Revealed type is "Any | bool"
