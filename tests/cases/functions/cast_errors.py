# The result of cast() has exactly the target type, whatever the value
# was, even when the cast narrows or widens it. A cast target may be
# written as a string. After a cast the value has only the new type, so
# methods that type lacks are rejected.
from typing import Any, Dict, List, Optional, cast


def check(value: object, maybe: Optional[int], data: Any) -> None:
    reveal_type(cast(str, value))  # N: Revealed type is "str"
    reveal_type(cast(int, maybe))  # N: Revealed type is "int"
    reveal_type(cast(List[int], data))  # N: Revealed type is "list[int]"
    reveal_type(cast("Dict[str, float]", data))  # N: Revealed type is "dict[str, float]"
    reveal_type(cast(object, maybe))  # N: Revealed type is "object"
    reveal_type(cast(Optional[str], None))  # N: Revealed type is "str | None"
    number = cast(int, value)
    reveal_type(number + 1)  # N: Revealed type is "int"
    number.upper()  # E: "int" has no attribute "upper"  [attr-defined]
