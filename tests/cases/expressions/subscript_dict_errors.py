# Indexing a dict checks the key against the dict's key type, both when
# reading and when assigning an item, and an assigned value must match
# the value type. A key that merely may be absent is not an error.
from typing import Dict


def record(ages: Dict[str, int], ids: Dict[int, str], name: str) -> int:
    a = ages[1]  # E: Invalid index type "int" for "dict[str, int]"; expected type "str"  [index]
    b = ids[name]  # E: Invalid index type "str" for "dict[int, str]"; expected type "int"  [index]
    ages[name] = "old"  # E: Incompatible types in assignment (expression has type "str", target has type "int")  [assignment]
    ids[2] = 3  # E: Incompatible types in assignment (expression has type "int", target has type "str")  [assignment]
    ages[3.5] = 1  # E: Invalid index type "float" for "dict[str, int]"; expected type "str"  [index]
    c = ages["nobody"]
    reveal_type(ids[0])  # N: Revealed type is "str"
    return a + c


def nested(table: Dict[str, Dict[str, float]]) -> float:
    table["x"]["y"] = "1.0"  # E: Incompatible types in assignment (expression has type "str", target has type "float")  [assignment]
    return table["x"][0]  # E: Invalid index type "int" for "dict[str, float]"; expected type "str"  [index]


print(record({}, {}, "a"), nested({}))
