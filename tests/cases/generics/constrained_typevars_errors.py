# A constrained type variable takes exactly one of its constraints per call.
from typing import TypeVar

Text = TypeVar("Text", str, bytes)


def strip_prefix(value: Text, prefix: Text) -> Text:
    return value[len(prefix):] if value.startswith(prefix) else value


name: str = strip_prefix("user_ada", "user_")
raw: bytes = strip_prefix(b"id:42", b"id:")
strip_prefix("user_ada", b"user_")  # E: Value of type variable "Text" of "strip_prefix" cannot be "Sequence[object]"  [type-var]
strip_prefix(42, 4)  # E: Value of type variable "Text" of "strip_prefix" cannot be "int"  [type-var]
wrong: bytes = strip_prefix("a", "b")  # E: Incompatible types in assignment (expression has type "str", variable has type "bytes")  [assignment]
