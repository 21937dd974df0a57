# Any spreads through expressions: attributes, calls, indexing and
# arithmetic on an Any value are Any too. A declared annotation stops the
# spread, and isinstance() narrows Any to the checked class. The body of
# a function without annotations is not checked, and reveal_type there
# says so.
from typing import Any, Dict, List


def check(value: Any, data: Dict[str, Any], items: List[Any]) -> None:
    reveal_type(value.attr)  # N: Revealed type is "Any"
    reveal_type(value(1, 2))  # N: Revealed type is "Any"
    reveal_type(value[0] + 1)  # N: Revealed type is "Any"
    reveal_type(data["key"])  # N: Revealed type is "Any"
    reveal_type(items[0])  # N: Revealed type is "Any"
    reveal_type(1 + value)  # N: Revealed type is "Any"
    reveal_type([value])  # N: Revealed type is "list[Any]"
    count: int = value
    reveal_type(count)  # N: Revealed type is "int"
    if isinstance(value, str):
        reveal_type(value)  # N: Revealed type is "str"


def untyped(x, y=0):
    reveal_type(x)  # N: Revealed type is "Any"  # N: 'reveal_type' always outputs 'Any' in unchecked functions
    return x + y
