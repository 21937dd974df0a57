# mypy-args: --python-version 3.12
# Alias objects at runtime: a `type` alias's attributes, implicit aliases called and unioned.
from typing import Optional

type Scores = dict[str, int]
IntList = list[int]
OptionalName = Optional[str]
MaybeCount = int | None


def describe() -> str:
    return f"{Scores.__name__} = {Scores.__value__}"


numbers = IntList()
numbers.append(3)
counts: MaybeCount = None
name: OptionalName = "ada"
print(describe(), numbers, counts, name, isinstance(4, int | str))
