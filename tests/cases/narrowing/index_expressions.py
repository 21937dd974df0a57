# An item read at a constant index (`args[-1]`, `options["mode"]`) is
# narrowed by tests on it, as mypy narrows member expressions; assigning
# the container or one of its items forgets what the tests said.
from typing import Sequence


def render(args: Sequence[object]) -> str:
    if isinstance(args[-1], dict):
        extra = args[-1]
        args = args[:-1]
    else:
        extra = {}
    for key, value in extra.items():
        reveal_type(key)  # N: Revealed type is "Any"
    return str(args)


def mode(options: dict[str, int | None]) -> int:
    if options["mode"] is not None:
        return options["mode"]
    return 0


def first_word(words: list[object]) -> str:
    if isinstance(words[0], str):
        reveal_type(words[0])  # N: Revealed type is "str"
    reveal_type(words[0])  # N: Revealed type is "object"
    if not isinstance(words[0], str):
        return ""
    return words[0].upper()


def wrong(options: dict[str, int | None]) -> int:
    if options["mode"] is None:
        return options["mode"]  # E: Incompatible return value type (got "None", expected "int")  [return-value]
    return options["other"]  # E: Incompatible return value type (got "int | None", expected "int")  [return-value]
