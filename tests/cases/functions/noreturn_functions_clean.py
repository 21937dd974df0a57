# A function annotated NoReturn never returns normally: it always raises
# or exits. After a call to it the rest of the branch is unreachable, so
# narrowing survives the `if` and a missing return is not reported.
import sys
from typing import NoReturn, Optional


def fail(message: str) -> NoReturn:
    raise ValueError(message)


def die(code: int) -> NoReturn:
    print("fatal", code)
    sys.exit(code)


def parse(text: Optional[str]) -> int:
    if text is None:
        fail("no text")
    return int(text.strip())


def sign(value: int) -> str:
    if value > 0:
        return "+"
    elif value < 0:
        return "-"
    die(2)


def require(name: Optional[str]) -> str:
    if not name:
        sys.exit("missing name")
    return name.upper()


print(parse("1"), sign(1), require("a"))
