# After a loop, a variable may hold its value from before the loop or
# any value assigned in the body, because the body may run zero or more
# times. The narrowed type inside the body does not survive the loop.
from typing import Optional, Union


def last_positive(values: list[int]) -> None:
    found: Optional[int] = None
    for value in values:
        if value > 0:
            found = value
    reveal_type(found)  # N: Revealed type is "int | None"


def converted(items: list[str]) -> None:
    total: Union[int, str] = ""
    for item in items:
        total = len(item)
        reveal_type(total)  # N: Revealed type is "int"
    reveal_type(total)  # N: Revealed type is "int | str"


def loop_var(words: list[str]) -> None:
    for word in words:
        pass
    reveal_type(word)  # N: Revealed type is "str"


def ensure(value: Optional[str]) -> None:
    while value is None:
        value = input()
    reveal_type(value)  # N: Revealed type is "str"
