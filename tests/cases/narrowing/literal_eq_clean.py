# Comparing an optional str with == against a string literal narrows it
# to str in the true branch, since None never equals a string. The same
# holds for an optional int compared with an int literal.
from typing import Optional


def mode_name(mode: Optional[str]) -> str:
    if mode == "r":
        return mode.upper() + "EAD"
    elif mode == "w":
        return mode.upper() + "RITE"
    return "none"


def status(code: Optional[int]) -> int:
    if code == 200:
        return code + 0
    if code == 404:
        return code - 400
    return -1


def is_yes(answer: Optional[str]) -> bool:
    return answer == "yes" and answer.isalpha()


print(mode_name("r"), status(404), is_yes(None))
