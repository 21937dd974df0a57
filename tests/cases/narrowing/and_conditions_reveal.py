# The right operand of `and` is checked with the left operand's
# narrowing applied, and the if block sees both narrowings. The else
# block learns nothing, since either condition may have failed.
from typing import Optional, Union


def both(a: Optional[int], b: Optional[str]) -> None:
    if a is not None and b is not None:
        reveal_type(a)  # N: Revealed type is "int"
        reveal_type(b)  # N: Revealed type is "str"
    else:
        reveal_type(a)  # N: Revealed type is "int | None"
        reveal_type(b)  # N: Revealed type is "str | None"


def inside(value: Union[int, str, None]) -> None:
    if value is not None and isinstance(value, str) and value:
        reveal_type(value)  # N: Revealed type is "str"
    if isinstance(value, int) and value > 0:
        reveal_type(value)  # N: Revealed type is "int"


def chained(name: Optional[str]) -> bool:
    return name is not None and name.isupper()
