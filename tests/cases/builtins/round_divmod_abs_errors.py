# round() with ndigits keeps the float type, so its result does not fit an
# int variable, while round() without ndigits is an int and has no float
# methods. divmod() returns a tuple of exactly two items.
def check(price: float, count: int) -> None:
    cents: int = round(price, 2)  # E: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]
    whole = round(price)
    whole.is_integer()  # E: "int" has no attribute "is_integer"  [attr-defined]
    quotient, remainder, extra = divmod(count, 3)  # E: Need more than 2 values to unpack (3 expected)  [misc]
    size: str = abs(count)  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
    print(cents, quotient, remainder, extra, size)
