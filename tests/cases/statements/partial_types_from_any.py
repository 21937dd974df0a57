# An empty collection completed by an update with an Any value takes Any items.
from typing import Any


def merge(arg: Any, items: Any) -> None:
    merged = {}
    merged.update(arg)
    reveal_type(merged)  # N: Revealed type is "dict[Any, Any]"
    values = []
    values.extend(items)
    reveal_type(values)  # N: Revealed type is "list[Any]"
    seen = set()
    seen.update(items)
    reveal_type(seen)  # N: Revealed type is "set[Any]"
