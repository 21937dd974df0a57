# A comprehension is checked against the type it is expected to have:
# each element of a list or set comprehension, and each key and value
# of a dict comprehension, must fit the declared element types. The
# errors name the comprehension kind and the mismatching types.
from typing import Dict, List, Set


def labels(count: int) -> List[str]:
    return [i * 2 for i in range(count)]  # E: List comprehension has incompatible type List[int]; expected List[str]  [misc]


def lengths(words: List[str]) -> Dict[str, int]:
    return {len(word): word for word in words}  # E: Key expression in dictionary comprehension has incompatible type "int"; expected type "str"  [misc]  # E: Value expression in dictionary comprehension has incompatible type "str"; expected type "int"  [misc]


codes: List[int] = [str(n) for n in range(3)]  # E: List comprehension has incompatible type List[str]; expected List[int]  [misc]
unique: Set[str] = {n for n in range(3)}  # E: Set comprehension has incompatible type Set[int]; expected Set[str]  [misc]
scores: Dict[str, float] = {name: name.upper() for name in ["a", "b"]}  # E: Value expression in dictionary comprehension has incompatible type "str"; expected type "float"  [misc]
good: Dict[str, float] = {name: len(name) for name in ["a", "b"]}
print(labels(2), lengths([]), codes, unique, scores, good)
