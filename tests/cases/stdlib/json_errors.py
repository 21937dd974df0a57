# Mistakes with json: dumps returns str, the separators are a pair, and a
# file to dump into is an object with write(), not a file name.
import json

data: dict[str, int] = json.dumps({"a": 1})  # E: Incompatible types in assignment (expression has type "str", variable has type "dict[str, int]")  [assignment]
json.dumps([], separators=",")  # E: Argument "separators" to "dumps" has incompatible type "str"; expected "tuple[str, str] | None"  [arg-type]
json.loads(3)  # E: Argument 1 to "loads" has incompatible type "int"; expected "str | bytes | bytearray"  [arg-type]
json.dumps([], indent=2.5)  # E: Argument "indent" to "dumps" has incompatible type "float"; expected "int | str | None"  [arg-type]
json.dump([1], "out.json")  # E: Argument 2 to "dump" has incompatible type "str"; expected "SupportsWrite[str]"  [arg-type]
