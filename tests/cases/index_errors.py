# Indexing a dict needs its key type and indexing a str needs an int
# or a slice. The result of an index expression has the element type,
# so it is checked wherever it flows, including item assignment.
from typing import Dict, List

scores: List[int] = [90, 75, 60]
ages: Dict[str, int] = {"ann": 31}
name = "bob"
age = ages[0]  # E: Invalid index type "int" for "dict[str, int]"; expected type "str"  [index]
letter = name[1.5]  # E: Invalid index type "float" for "str"; expected type "SupportsIndex | slice[SupportsIndex | None, SupportsIndex | None, SupportsIndex | None]"  [index]
label: str = scores[0]  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
total: str = ages["ann"]  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
initial: int = name[0]  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
ages["bob"] = "old"  # E: Incompatible types in assignment (expression has type "str", target has type "int")  [assignment]
ages[1] = 2  # E: Invalid index type "int" for "dict[str, int]"; expected type "str"  [index]
word = "abc"[0]
print(age, letter, label, total, initial, word, scores[-1])
