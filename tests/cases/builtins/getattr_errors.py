# getattr() returns Any without a default and joins the default's type
# with Any when one is given; when the result must be an int, the default
# is expected to be one too. setattr() returns None, so using its result
# is an error, and hasattr() needs a str name.
from typing import Any


def check(target: object, name: str) -> None:
    reveal_type(getattr(target, name))  # N: Revealed type is "Any"
    reveal_type(getattr(target, "size", 0))  # N: Revealed type is "Any | int"
    reveal_type(getattr(target, "label", None))  # N: Revealed type is "Any | None"
    reveal_type(hasattr(target, name))  # N: Revealed type is "bool"
    result = setattr(target, name, 1)  # E: "setattr" does not return a value (it only ever returns None)  [func-returns-value]
    hasattr(target, 3)  # E: Argument 2 to "hasattr" has incompatible type "int"; expected "str"  [arg-type]
    print(result)


def loose(source: Any) -> int:
    return getattr(source, "count", "none")  # E: Argument 3 to "getattr" has incompatible type "str"; expected "int"  [arg-type]
