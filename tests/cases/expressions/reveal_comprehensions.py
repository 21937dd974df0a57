# A comprehension with no declared target type takes its element type
# from the element expression: list, set and dict comprehensions give a
# list, set and dict of those types, and a generator expression gives a
# Generator with no send or return type.
from typing import Dict, List


def shapes(words: List[str], table: Dict[str, int]) -> None:
    reveal_type([len(w) for w in words])  # N: Revealed type is "list[int]"
    reveal_type({w.upper() for w in words})  # N: Revealed type is "set[str]"
    reveal_type({k: v * 1.5 for k, v in table.items()})  # N: Revealed type is "dict[str, float]"
    reveal_type((w for w in words if w))  # N: Revealed type is "typing.Generator[str, None, None]"
    reveal_type([(i, w) for i, w in enumerate(words)])  # N: Revealed type is "list[tuple[int, str]]"
    reveal_type([[c for c in w] for w in words])  # N: Revealed type is "list[list[str]]"
    reveal_type({w: [n for n in range(len(w))] for w in words})  # N: Revealed type is "dict[str, list[int]]"
    reveal_type(sum(v for v in table.values()))  # N: Revealed type is "int"
    reveal_type(sorted(w.lower() for w in words))  # N: Revealed type is "list[str]"


shapes(["a"], {"b": 1})
