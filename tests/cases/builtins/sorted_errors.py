# sorted() always returns a list, whatever iterable it is given: a set,
# the keys or items of a dict, a string or a generator. The key function
# only decides the order, and the list keeps the item type it was built
# with, so appending an item of another type is an error.
from typing import Dict, FrozenSet


def check(tags: FrozenSet[str], counts: Dict[str, int]) -> None:
    reveal_type(sorted(tags))  # N: Revealed type is "list[str]"
    reveal_type(sorted(counts))  # N: Revealed type is "list[str]"
    reveal_type(sorted(counts.values(), reverse=True))  # N: Revealed type is "list[int]"
    reveal_type(sorted(counts.items(), key=lambda kv: kv[1]))  # N: Revealed type is "list[tuple[str, int]]"
    reveal_type(sorted("banana"))  # N: Revealed type is "list[str]"
    reveal_type(sorted(n * 0.5 for n in counts.values()))  # N: Revealed type is "list[float]"
    ordered = sorted(tags, key=len)
    ordered.append(1)  # E: Argument 1 to "append" of "list" has incompatible type "int"; expected "str"  [arg-type]
