# Set comprehensions build a set of the element type and dict
# comprehensions a dict of the key and value types. Both accept filters
# and unpacking of the loop target, and their results flow into
# declared return types.
from typing import Dict, List, Set, Tuple


def initials(names: List[str]) -> Set[str]:
    return {name[0] for name in names if name}


def index_of(words: List[str]) -> Dict[str, int]:
    return {word: position for position, word in enumerate(words)}


def inverted(table: Dict[str, int]) -> Dict[int, str]:
    return {value: key for key, value in table.items()}


def lengths(pairs: List[Tuple[str, str]]) -> Dict[str, int]:
    return {first + second: len(first) for first, second in pairs if second}


sizes: Set[int] = {len(word) for word in ["aa", "b"]}
print(initials(["ann"]), index_of(["x"]), inverted({"a": 1}), lengths([("a", "b")]), sizes)
