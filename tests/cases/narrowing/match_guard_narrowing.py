# A case's guard narrows what the case body sees, as an `if` would.
from dataclasses import dataclass


@dataclass
class Node:
    value: int | str | None


def describe(node: object) -> str:
    match node:
        case Node() if isinstance(node.value, str):
            return node.value.upper()
        case Node() if node.value is not None:
            reveal_type(node.value)  # N: Revealed type is "int | str"
            return str(node.value)
        case Node():
            return node.value.upper()  # E: Item "int" of "int | str | None" has no attribute "upper"  [union-attr]  # E: Item "None" of "int | str | None" has no attribute "upper"  [union-attr]
    return ""
