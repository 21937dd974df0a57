# Functions returning None: an explicit `-> None`, a bare `return`,
# `return None`, or simply falling off the end. Calling them as
# statements is fine.
from typing import List


def log(message: str, level: str = "info") -> None:
    print("[" + level + "] " + message)


def push_all(target: List[int], values: List[int]) -> None:
    for value in values:
        if value < 0:
            return
        target.append(value)


def reset(target: List[int]) -> None:
    target.clear()
    return None


def noop() -> None:
    pass


data: List[int] = []
push_all(data, [1, 2, -1, 3])
log("pushed " + str(len(data)))
reset(data)
noop()
log("done", level="debug")
