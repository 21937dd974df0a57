# Inside a loop body, `continue` and `break` end the iteration like
# return ends a function, so the statements after a guarded continue or
# break see the narrowed element type.
from typing import Optional, Union


def skip_none(values: list[Optional[int]]) -> None:
    for value in values:
        reveal_type(value)  # N: Revealed type is "int | None"
        if value is None:
            continue
        reveal_type(value)  # N: Revealed type is "int"


def stop_at_text(values: list[Union[int, str]]) -> None:
    for value in values:
        if isinstance(value, str):
            break
        reveal_type(value)  # N: Revealed type is "int"


def while_skip(queue: list[Optional[str]]) -> None:
    while queue:
        item = queue.pop()
        if not item:
            continue
        reveal_type(item)  # N: Revealed type is "str"
