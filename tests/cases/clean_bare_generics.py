# Bare generic annotations mean their type arguments are Any: `list`,
# `Dict` and `Sequence` without brackets accept any element type, and
# elements read from them can be used as anything.
from typing import Any, Dict, List, Sequence


def first(items: list) -> Any:
    return items[0]


def size(data: Dict) -> int:
    return len(data)


def describe(values: Sequence) -> str:
    total = 0
    for value in values:
        total += value
    return str(total)


def loose(items: List) -> List[int]:
    return items


mixed: list = [1, "two", 3.0]
mixed.append(None)
print(first(mixed), size({"a": 1, 2: "b"}), describe([1, 2]), loose(["x"]))
