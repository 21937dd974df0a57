# sys.argv is a list of str, so arguments can be sliced, compared and
# parsed. Comparisons of sys.version_info against a tuple are understood
# statically: the branch that cannot run on the target version is not
# checked, so version-specific code needs no extra care.
import sys
from typing import List


def arguments() -> List[str]:
    return sys.argv[1:]


def program_name() -> str:
    return sys.argv[0].rsplit("/", 1)[-1]


def count_flag(flag: str) -> int:
    return sum(1 for arg in sys.argv if arg == flag)


def first_number(default: int = 0) -> int:
    if len(sys.argv) > 1 and sys.argv[1].isdigit():
        return int(sys.argv[1])
    return default


if sys.version_info >= (3, 8):
    def describe() -> str:
        return "modern " + str(sys.version_info.major)
else:
    def describe() -> str:
        return 3


if sys.version_info < (3,):
    text = unicode("old")
print(arguments(), program_name(), count_flag("-v"), first_number(), describe(), sys.version_info[:2])
