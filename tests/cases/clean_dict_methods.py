# Dict reads and writes: get with and without a default, keys, values
# and items, membership tests and iteration over the keys. Nested
# dict and list values keep their declared types.
from typing import Dict, List


def group_by_length(words: List[str]) -> Dict[int, List[str]]:
    groups: Dict[int, List[str]] = {}
    for word in words:
        size = len(word)
        if size not in groups:
            groups[size] = []
        groups[size].append(word)
    return groups


def invert(table: Dict[str, int]) -> Dict[int, str]:
    result: Dict[int, str] = {}
    for key, value in table.items():
        result[value] = key
    return result


colors = {"red": 1, "green": 2}
missing = colors.get("blue")
fallback = colors.get("blue", 0)
for name in colors:
    print(name, colors[name])
print(group_by_length(["a", "bb", "cc"]), invert(colors), missing, fallback)
print(list(colors.keys()), list(colors.values()), "red" in colors)
