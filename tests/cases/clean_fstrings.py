# f-strings accept expressions of any type inside the braces,
# including calls, arithmetic, indexing and format specs, and the
# whole literal is a str.
from typing import Dict, List


def summary(name: str, scores: List[int]) -> str:
    best = max(scores[0], scores[-1])
    return f"{name}: {len(scores)} scores, best {best}, mean {sum(scores) / len(scores):.1f}"


def table_row(cells: Dict[str, float]) -> str:
    row = ""
    for key, value in cells.items():
        row += f"{key:>8}|{value:6.2f}|"
    return row


width = 10
label = f"{'left':<{width}}|"
nested = f"{f'{width}' * 2}"
line: str = f"{width + 1}{None}{[1, 2]}{1.5}"
print(summary("ann", [70, 90]), table_row({"x": 1.0}), label, nested, line)
