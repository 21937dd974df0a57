# A NoReturn function must not return: falling off its end or returning a
# value is an error. Code after a NoReturn call is unreachable and is not
# checked, so even a reveal_type there prints nothing.
import sys
from typing import NoReturn, Optional


def stop(message: str) -> NoReturn:  # E: Implicit return in function which does not return  [misc]
    print(message)


def quit_with(code: int) -> NoReturn:
    if code:
        sys.exit(code)
    return code  # E: Return statement in function which does not return  [misc]


def check(value: Optional[int]) -> int:
    if value is None:
        stop("no value")
        reveal_type(value)
    reveal_type(value)  # N: Revealed type is "int"
    sys.exit(1)
    reveal_type(value)
