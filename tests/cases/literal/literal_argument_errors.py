# Values that do not fit a Literal parameter or variable, and how mypy names them.
from typing import Literal

Level = Literal["debug", "info", "error"]


def log(message: str, level: Level) -> None:
    print(level.upper(), message)


def retries(count: Literal[1, 2, 3]) -> int:
    return count * 2


log("starting", "info")
log("oops", "fatal")  # E: Argument 2 to "log" has incompatible type "Literal['fatal']"; expected "Literal['debug', 'info', 'error']"  [arg-type]
retries(4)  # E: Argument 1 to "retries" has incompatible type "Literal[4]"; expected "Literal[1, 2, 3]"  [arg-type]
chosen = "debug"
log("loaded", chosen)  # E: Argument 2 to "log" has incompatible type "str"; expected "Literal['debug', 'info', 'error']"  [arg-type]
current: Level = "warning"  # E: Incompatible types in assignment (expression has type "Literal['warning']", variable has type "Literal['debug', 'info', 'error']")  [assignment]


def parse_level(text: str) -> Level:
    return text  # E: Incompatible return value type (got "str", expected "Literal['debug', 'info', 'error']")  [return-value]
