# A bare Final annotation gives the variable (module-level, class-level or local)
# its value's type.
from typing import Final, Literal


class A:
    kind: int = 0


class B:
    kind: int = 1


KINDS: Final = (A, B)
NAMES: Final = ["a", "b"]
LIMIT: Final = 10
MODE: Final = "fast"


class Config:
    DEFAULTS: Final = {"x": 1}
    SIZE: Final = 3


def pick(x: A | B | None) -> int:
    if isinstance(x, KINDS):
        return x.kind
    return 0


def run() -> None:
    local: Final = [1, 2]
    local.append("x")  # E: Argument 1 to "append" of "list" has incompatible type "str"; expected "int"  [arg-type]
    NAMES.append(3)  # E: Argument 1 to "append" of "list" has incompatible type "int"; expected "str"  [arg-type]
    Config.DEFAULTS["y"] = "z"  # E: Incompatible types in assignment (expression has type "str", target has type "int")  [assignment]
    size: Literal[3] = Config.SIZE
    print(MODE + "!", LIMIT + 1)
