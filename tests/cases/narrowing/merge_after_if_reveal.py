# After an if/else, a variable's type is the union of its types at the
# end of each branch that falls through. A branch that returns does not
# contribute, and assigning the same type in both branches keeps it.
from typing import Optional, Union


def assigned(flag: bool, text: str) -> None:
    value: Union[int, str, None] = None
    if flag:
        value = len(text)
    else:
        value = text.upper()
    reveal_type(value)  # N: Revealed type is "int | str"


def one_branch(flag: bool, count: int) -> None:
    result: Optional[int] = None
    if flag:
        result = count * 2
    reveal_type(result)  # N: Revealed type is "int | None"


def narrowed(value: Union[int, str, None]) -> None:
    if isinstance(value, int):
        value = str(value)
    elif value is None:
        return
    reveal_type(value)  # N: Revealed type is "str"


def declared(flag: bool, n: int) -> None:
    label: Optional[str]
    if flag:
        label = str(n)
    else:
        label = None
    reveal_type(label)  # N: Revealed type is "str | None"
