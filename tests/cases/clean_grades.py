# Grade statistics over a list of ints: sum, len, min and max on two
# ints, integer and true division, and if/elif/else chains that all
# return a str.
from typing import List


def average(scores: List[int]) -> float:
    if len(scores) == 0:
        return 0.0
    return sum(scores) / len(scores)


def letter(score: float) -> str:
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"


def spread(scores: List[int]) -> int:
    low = scores[0]
    high = scores[0]
    for score in scores:
        low = min(low, score)
        high = max(high, score)
    return high - low


marks = [88, 92, 71, 65]
print(average(marks), letter(average(marks)), spread(marks), sum(marks) // len(marks))
