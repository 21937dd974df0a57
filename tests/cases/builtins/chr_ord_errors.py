# ord() takes a str (or bytes) and returns an int; chr() takes an int and
# returns a str. Swapping them, or using the result as the other type, is
# reported at the call or where the result is used.
def check(letter: str, code: int) -> None:
    reveal_type(ord(letter))  # N: Revealed type is "int"
    reveal_type(chr(code))  # N: Revealed type is "str"
    chr(letter)  # E: Argument 1 to "chr" has incompatible type "str"; expected "SupportsIndex"  [arg-type]
    ord(code)  # E: Argument 1 to "ord" has incompatible type "int"; expected "str | bytes | bytearray"  [arg-type]
    upper: str = ord(letter)  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
    next_code: int = chr(code + 1)  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
    chr(code).bit_length()  # E: "str" has no attribute "bit_length"  [attr-defined]
    print(upper, next_code)
