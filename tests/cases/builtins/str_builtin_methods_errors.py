# String methods have fixed result types: partition() gives a tuple of
# three strings, find() and count() give ints, and encode() gives bytes.
# Using a result as the wrong type, or passing an int where a str is
# needed, is an error.
def check(text: str, width: int) -> None:
    reveal_type(text.partition(":"))  # N: Revealed type is "tuple[str, str, str]"
    reveal_type(text.rpartition(":"))  # N: Revealed type is "tuple[str, str, str]"
    reveal_type(text.zfill(width))  # N: Revealed type is "str"
    reveal_type(text.center(width))  # N: Revealed type is "str"
    reveal_type(text.count("a"))  # N: Revealed type is "int"
    reveal_type(text.find("a", 1))  # N: Revealed type is "int"
    reveal_type(text.encode())  # N: Revealed type is "bytes"
    head, tail = text.partition(":")  # E: Too many values to unpack (2 expected, 3 provided)  [misc]
    position: str = text.find(":")  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
    text.zfill("8")  # E: Argument 1 to "zfill" of "str" has incompatible type "str"; expected "SupportsIndex"  [arg-type]
    text.center(width, 0)  # E: Argument 2 to "center" of "str" has incompatible type "int"; expected "str"  [arg-type]
    text.count(1)  # E: Argument 1 to "count" of "str" has incompatible type "int"; expected "str"  [arg-type]
    raw: str = text.encode("ascii")  # E: Incompatible types in assignment (expression has type "bytes", variable has type "str")  [assignment]
    print(head, tail, position, raw)
