# A call expression has the declared return type of the callee; calls
# of builtin functions and methods have the types their signatures give
# for the argument types passed, for example `abs` of a float is a float.
from typing import Dict, Optional


def parse(text: str) -> Optional[int]:
    return int(text) if text.isdigit() else None


def pairs(table: Dict[str, int]) -> None:
    reveal_type(parse("1"))  # N: Revealed type is "int | None"
    reveal_type(list(table.items()))  # N: Revealed type is "list[tuple[str, int]]"
    reveal_type(table.get("a"))  # N: Revealed type is "int | None"
    reveal_type(table.get("a", 0))  # N: Revealed type is "int"
    reveal_type(abs(-2.5))  # N: Revealed type is "float"
    reveal_type(len(table))  # N: Revealed type is "int"
    reveal_type(str(3).split(","))  # N: Revealed type is "list[str]"
    reveal_type(enumerate(["a"]))  # N: Revealed type is "enumerate[str]"
    reveal_type(dict(zip(["a"], [1])))  # N: Revealed type is "dict[str, int]"


pairs({})
