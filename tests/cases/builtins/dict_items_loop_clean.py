# Looping over dict.items() unpacks each pair into a key of the key type
# and a value of the value type; keys() and values() give just one side.
# The unpacked names can be used with their own methods and arithmetic.
from typing import Dict, List, Tuple


def render(prices: Dict[str, float]) -> List[str]:
    lines: List[str] = []
    for name, price in prices.items():
        lines.append(name.ljust(10) + format(price * 1.2, ".2f"))
    return lines


def invert(table: Dict[str, int]) -> Dict[int, List[str]]:
    result: Dict[int, List[str]] = {}
    for key, value in table.items():
        result.setdefault(value, []).append(key.lower())
    return result


def largest(counts: Dict[str, int]) -> Tuple[str, int]:
    best = ("", -1)
    for word, count in sorted(counts.items()):
        if count > best[1]:
            best = (word, count)
    return best


def totals(groups: Dict[str, List[int]]) -> int:
    return sum(len(key) + sum(values) for key, values in groups.items())


print(render({"tea": 2.5}), invert({"a": 1, "b": 1}), largest({"x": 2}), totals({"a": [1, 2]}))
print(sorted(k.upper() for k in {"a": 1}.keys()), max({"a": 1.5}.values()))
