# setdefault() returns the stored value, so a list default can be appended
# to in place. update() merges another dict, pop() with a default never
# raises, popitem() returns a key-value pair and get() with a default
# returns the value type.
from typing import Dict, List, Tuple


def group(words: List[str]) -> Dict[str, List[str]]:
    groups: Dict[str, List[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word)
    return groups


def merged(base: Dict[str, int], extra: Dict[str, int]) -> Dict[str, int]:
    result = dict(base)
    result.update(extra)
    result.update(total=sum(result.values()))
    return result


def take(settings: Dict[str, str], key: str) -> str:
    return settings.pop(key, "").strip()


def last_entry(table: Dict[str, float]) -> Tuple[str, float]:
    key, value = table.popitem()
    return key.upper(), value * 2


def lookup(counts: Dict[str, int], word: str) -> int:
    return counts.get(word, 0) + 1


def render(counts: Dict[str, int]) -> List[str]:
    return [f"{name}={count + 1}" for name, count in counts.items()]


print(group(["ab", "ac"]), merged({"a": 1}, {"b": 2}), take({"k": "v"}, "k"), last_entry({"x": 1.0}))
print(lookup({}, "a"), render({"a": 1}))
