# A function returning a fixed-length tuple lets callers unpack the result
# into separate names, each with its own type. The result may also be
# indexed by position, or unpacked straight in a for loop.
from typing import List, Optional, Tuple


def split_name(full: str) -> Tuple[str, str]:
    first, _, last = full.partition(" ")
    return first, last


def stats(values: List[float]) -> Tuple[float, float, int]:
    return min(values), max(values), len(values)


def parse(line: str) -> Tuple[str, Optional[int]]:
    key, _, value = line.partition("=")
    return key, int(value) if value.isdigit() else None


def pairs(words: List[str]) -> List[Tuple[str, int]]:
    return [(w, len(w)) for w in words]


first, last = split_name("ada lovelace")
low, high, count = stats([1.0, 2.5])
key, value = parse("a=1")
print(first.title(), last.upper(), high - low, count + 1, key, value or 0)
print(split_name("a b")[1].lower(), stats([3.0])[2] * 2)
for word, length in pairs(["ab", "c"]):
    print(word.upper(), length + 1)
