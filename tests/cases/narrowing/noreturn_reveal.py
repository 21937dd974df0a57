# A call to a function declared to return NoReturn never comes back, so
# it ends the path like raise does: the code after a guarded call sees
# the narrowed type, and sys.exit() works the same way.
import sys
from typing import NoReturn, Optional, Union


def fail(message: str) -> NoReturn:
    raise SystemExit(message)


def need(name: Optional[str]) -> None:
    if name is None:
        fail("name missing")
    reveal_type(name)  # N: Revealed type is "str"


def number(value: Union[int, str]) -> None:
    if isinstance(value, str):
        sys.exit(1)
    reveal_type(value)  # N: Revealed type is "int"


def both(a: Optional[int], b: Optional[int]) -> None:
    if a is None or b is None:
        fail("need both")
    reveal_type(a)  # N: Revealed type is "int"
    reveal_type(b)  # N: Revealed type is "int"
