# A small text report built from plain functions and string methods.
# Every call matches its signature and every value flows into a
# compatible type, so nothing is reported.
from typing import List


def normalize(line: str) -> str:
    return line.strip().lower()


def word_count(text: str) -> int:
    return len(text.split())


def format_row(label: str, value: int, *, width: int = 12) -> str:
    return label.upper() + " " * (width - len(label)) + str(value)


def build_report(lines: List[str]) -> str:
    rows: List[str] = []
    total = 0
    for line in lines:
        clean = normalize(line)
        count = word_count(clean)
        total += count
        rows.append(format_row(clean[:8], count))
    rows.append(format_row("total", total, width=10))
    return "\n".join(rows)


print(build_report(["  The quick brown fox ", "jumps over", "the lazy dog"]))
