# assert_never takes only Never: it proves that earlier branches covered every case.
from typing import Literal
from typing_extensions import assert_never


def exhaust(v: int | str) -> str:
    if isinstance(v, int):
        return "i"
    elif isinstance(v, str):
        return "s"
    else:
        assert_never(v)


def forgot(v: int | str | None) -> str:
    if isinstance(v, int):
        return "i"
    elif isinstance(v, str):
        return "s"
    else:
        assert_never(v)  # E: Argument 1 to "assert_never" has incompatible type "None"; expected "Never"  [arg-type]


def modes(m: Literal["r", "w"]) -> int:
    match m:
        case "r":
            return 1
        case "w":
            return 2
        case _:
            assert_never(m)
