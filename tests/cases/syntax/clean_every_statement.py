# mypy-args: --python-version 3.12
# Every kind of statement Python 3.12 has, used correctly. What the checker does not
# model yet must become Any silently: no crash, and no error on correct code.
from __future__ import annotations

import os.path as osp
import sys
from typing import Any, Iterator

type Pair = tuple[int, int]

counter: int = 0
width = 3
first, *rest = [1, 2, 3]
a = b = "shared"
counter += 1
del rest
assert width > 0, "positive"
pass


def generic_first[T](items: list[T]) -> T:
    return items[0]


class Box[T]:
    def __init__(self, item: T) -> None:
        self.item = item


def walk(limit: int) -> Iterator[int]:
    global counter
    total = 0

    def bump() -> None:
        nonlocal total
        total += 1

    for i in range(limit):
        if i % 2:
            continue
        elif i > 8:
            break
        else:
            bump()
        yield i
    else:
        counter += total
    while total > 100:
        total -= 1
    else:
        pass


async def fetch(names: list[str]) -> int:
    async with open_session() as session:
        async for name in session:
            print(name)
    return await compute()


async def compute() -> int:
    return 1


def open_session() -> Any:
    return None


def classify(value: object) -> str:
    match value:
        case int(n) if n > 0:
            return "positive"
        case [x, y]:
            return f"pair {x} {y}"
        case {"key": v}:
            return str(v)
        case str() | bytes():
            return "text"
        case _:
            return "other"


def guarded(path: str) -> str:
    try:
        with open(path) as handle:
            return handle.read()
    except (OSError, ValueError) as error:
        raise RuntimeError(str(error)) from error
    finally:
        print("done")


def grouped() -> None:
    try:
        raise ExceptionGroup("many", [ValueError("a")])
    except* ValueError:
        pass


print(generic_first([1, 2]), Box(1).item, list(walk(5)), classify(3), osp.join("a", "b"), sys.argv, a, b)
