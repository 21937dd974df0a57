# The checker always takes the `if TYPE_CHECKING:` branch, so names
# imported there are known when annotations are checked, and code in an
# `else` branch of that test is never checked.
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Dict, List, Optional
else:
    Dict = dict


def check(table: "Dict[str, List[int]]", name: "Optional[str]") -> None:
    reveal_type(TYPE_CHECKING)  # N: Revealed type is "bool"
    reveal_type(table)  # N: Revealed type is "dict[str, list[int]]"
    reveal_type(table["a"])  # N: Revealed type is "list[int]"
    reveal_type(name)  # N: Revealed type is "str | None"
    if not TYPE_CHECKING:
        reveal_type(name)
