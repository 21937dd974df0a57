# zip() of two iterables yields tuples of both item types, and each side
# keeps its own type after unpacking, so each name only has the
# attributes of its own item type.
from typing import Dict, List


def check(names: List[str], ages: List[int], ratios: List[float]) -> None:
    reveal_type(list(zip(names, ages)))  # N: Revealed type is "list[tuple[str, int]]"
    reveal_type(dict(zip(names, ratios)))  # N: Revealed type is "dict[str, float]"
    for name, age in zip(names, ages):
        reveal_type(age)  # N: Revealed type is "int"
        name.upper()
        age.upper()  # E: "int" has no attribute "upper"  [attr-defined]
