# The right operand of `or`/`and` takes the left one as context when nothing else gives
# one: an empty collection after `or` gets the left operand's item types.
from typing import Optional


def methods(declared: Optional[set[str]], ignored: set[str]) -> list[str]:
    return sorted((declared or set()) - ignored)


def names(given: Optional[list[str]]) -> list[str]:
    result = given or []
    result.append("x")
    reveal_type(result)  # N: Revealed type is "list[str]"
    return result


def count(value: int, fallback: Optional[int]) -> int:
    x = fallback or value
    y = value and "s"
    reveal_type(y)  # N: Revealed type is "Literal[0] | str"
    return x


def opts(config: dict[str, int] | None) -> dict[str, int]:
    merged = config or {}
    reveal_type(merged)  # N: Revealed type is "dict[str, int]"
    return merged
