# Dict displays checked against a declared key and value type report
# each bad entry with its position (counting from 0) and with both the
# key and value types, actual and expected.
from typing import Dict, List

ages: Dict[str, int] = {"ann": 31, "bob": "old"}  # E: Dict entry 1 has incompatible type "str": "str"; expected "str": "int"  [dict-item]
codes: dict[int, str] = {1: "one", "two": "two"}  # E: Dict entry 1 has incompatible type "str": "str"; expected "int": "str"  [dict-item]
groups: Dict[str, List[int]] = {"a": [1], "b": 2}  # E: Dict entry 1 has incompatible type "str": "int"; expected "str": "list[int]"  [dict-item]


def lookup(table: Dict[str, float], key: str) -> float:
    return table[key]


lookup({"x": 1.0, "y": "2"}, "x")  # E: Dict entry 1 has incompatible type "str": "str"; expected "str": "float"  [dict-item]
lookup({3: 1.0}, "x")  # E: Dict entry 0 has incompatible type "int": "float"; expected "str": "float"  [dict-item]
empty: dict[str, str] = {}
print(ages, codes, groups, empty)
