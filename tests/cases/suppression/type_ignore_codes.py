# A "# type: ignore" comment silences the errors on its line; naming codes
# silences only those, and an error with another code stays, with a note
# saying the comment does not cover it. Only a comment that starts with
# "type: ignore" counts.


def scale(size: int) -> int:
    return size * 2


a: int = "a"  # type: ignore
b: int = "b"  # type: ignore[assignment]
c: int = "c"  # type: ignore[arg-type]  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]  # N: Error code "assignment" not covered by "type: ignore[arg-type]" comment
scale("x")  # type: ignore[arg-type, misc]
scale("x", 2)  # type: ignore[arg-type]  # E: Too many arguments for "scale"  [call-arg]  # N: Error code "call-arg" not covered by "type: ignore[arg-type]" comment
d: int = "d"  # type:ignore
e: int = "e"  # noqa  # type: ignore  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
text = "# type: ignore"
f: int = text  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
