# Mistakes with pathlib: a Path is not a str, paths do not add with +, and
# read_text() gives str while read_bytes() gives bytes.
from pathlib import Path

root = Path("/srv")
name: str = root / "app"  # E: Incompatible types in assignment (expression has type "Path", variable has type "str")  [assignment]
root + "app"  # E: Unsupported left operand type for + ("Path")  [operator]
data: bytes = root.read_text()  # E: Incompatible types in assignment (expression has type "str", variable has type "bytes")  [assignment]
root.write_text(b"x")  # E: Argument 1 to "write_text" of "Path" has incompatible type "bytes"; expected "str"  [arg-type]
root / 3  # E: Unsupported operand types for / ("Path" and "int")  [operator]
root.name()  # E: "str" not callable  [operator]
root.exists("x")  # E: Too many arguments for "exists" of "Path"  [call-arg]
root.with_suffix(1)  # E: Argument 1 to "with_suffix" of "PurePath" has incompatible type "int"; expected "str"  [arg-type]
