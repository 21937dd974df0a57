# Statements after return, raise, break, or continue can never run, so
# they are not type checked: mistakes there go unreported. Code guarded
# by a sys.version_info check for another Python version is skipped too.
import sys


def early(n: int) -> int:
    return n
    wrong: str = n
    return "unreachable"


def fail() -> str:
    raise RuntimeError("always")
    return 1 + "x"


def loop(values: list[int]) -> int:
    for value in values:
        continue
        value.upper()
    while True:
        break
        len(5)
    return 0


if sys.version_info < (3, 0):
    text: int = "old"
print(early(1), loop([1]))
