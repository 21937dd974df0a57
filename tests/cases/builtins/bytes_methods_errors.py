# bytes and str do not mix: decode() turns bytes into a str, join() on
# bytes gives bytes, and adding a str to bytes is an error. hex() returns
# a str, one item of a bytes value is an int and a slice is bytes again.


def check(data: bytes) -> None:
    reveal_type(data.decode())  # N: Revealed type is "str"
    reveal_type(data.hex())  # N: Revealed type is "str"
    reveal_type(b",".join([data, data]))  # N: Revealed type is "bytes"
    reveal_type(data[0])  # N: Revealed type is "int"
    reveal_type(data[1:])  # N: Revealed type is "bytes"
    text: str = data  # E: Incompatible types in assignment (expression has type "bytes", variable has type "str")  [assignment]
    data + "!"  # E: Unsupported operand types for + ("bytes" and "str")  [operator]
    data.decode().hex()  # E: "str" has no attribute "hex"  [attr-defined]
    digits: bytes = data.hex()  # E: Incompatible types in assignment (expression has type "str", variable has type "bytes")  [assignment]
    first: bytes = data[0]  # E: Incompatible types in assignment (expression has type "int", variable has type "bytes")  [assignment]
    print(text, digits, first)
