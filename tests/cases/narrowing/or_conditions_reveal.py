# The right operand of `or` is checked as if the left operand were
# false. After `if a is None or b is None: return`, both are known to be
# present, because the function continues only when both checks failed.
from typing import Optional, Union


def pair(a: Optional[int], b: Optional[str]) -> None:
    if a is None or b is None:
        reveal_type(a)  # N: Revealed type is "int | None"
        reveal_type(b)  # N: Revealed type is "str | None"
        return
    reveal_type(a)  # N: Revealed type is "int"
    reveal_type(b)  # N: Revealed type is "str"


def either(value: Union[int, str, None]) -> None:
    if isinstance(value, int) or isinstance(value, str):
        reveal_type(value)  # N: Revealed type is "int | str"
    else:
        reveal_type(value)  # N: Revealed type is "None"


def right_side(name: Optional[str]) -> bool:
    return name is None or name.startswith("a")
