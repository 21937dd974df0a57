# round() without ndigits returns an int, and with ndigits returns the
# argument's own type. divmod() returns a pair of quotient and remainder
# of the operands' common type, and abs() keeps the numeric type (a bool
# becomes an int).
def check(count: int, price: float, flag: bool) -> None:
    reveal_type(round(price))  # N: Revealed type is "int"
    reveal_type(round(price, 2))  # N: Revealed type is "float"
    reveal_type(round(count))  # N: Revealed type is "int"
    reveal_type(round(count, -1))  # N: Revealed type is "int"
    reveal_type(divmod(count, 7))  # N: Revealed type is "tuple[int, int]"
    reveal_type(divmod(price, 0.5))  # N: Revealed type is "tuple[float, float]"
    reveal_type(abs(count))  # N: Revealed type is "int"
    reveal_type(abs(price))  # N: Revealed type is "float"
    reveal_type(abs(flag))  # N: Revealed type is "int"
    minutes, seconds = divmod(count, 60)
    reveal_type(minutes)  # N: Revealed type is "int"
