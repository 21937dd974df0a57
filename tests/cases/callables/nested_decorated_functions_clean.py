# Decorated functions defined inside other functions are bound to the decorator's result
# too.
from contextlib import contextmanager
from typing import Callable, Iterator, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def counted(func: Callable[P, R]) -> Callable[P, R]:
    return func


def build_report(rows: list[dict[str, int]]) -> str:
    @counted
    def cell(row: dict[str, int], column: str) -> str:
        return str(row.get(column, 0))

    @contextmanager
    def section(title: str) -> Iterator[list[str]]:
        lines = [title]
        yield lines
        lines.append("-" * len(title))

    with section("Totals") as lines:
        lines.extend(cell(row, "total") for row in rows)
    return "\n".join(lines)


print(build_report([{"total": 3}]))
