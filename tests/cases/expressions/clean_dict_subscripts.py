# Reading a dict item with a key of the key type gives the value type,
# and assigning one stores the value type; nested dicts and lists are
# indexed step by step with each level's own types.
from typing import Dict, List


def tally(words: List[str]) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


def lookup(table: Dict[str, Dict[int, List[str]]], key: str, row: int) -> str:
    return table[key][row][-1]


def bump(scores: Dict[int, float], player: int) -> float:
    scores[player] += 1
    scores[player] = scores[player] * 2
    return scores[player]


print(tally(["a", "b", "a"])["a"], lookup({"k": {0: ["v"]}}, "k", 0), bump({1: 0.0}, 1))
