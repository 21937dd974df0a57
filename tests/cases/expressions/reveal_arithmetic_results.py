# Floor division and modulo keep the operand type (int stays int, a
# float operand makes a float), true division of ints gives a float,
# and `divmod` returns the pair of both results. An int raised to a
# positive literal power is an int; a float base keeps a float.


def split(total: int, parts: int, size: float) -> None:
    reveal_type(total // parts)  # N: Revealed type is "int"
    reveal_type(total % parts)  # N: Revealed type is "int"
    reveal_type(total / parts)  # N: Revealed type is "float"
    reveal_type(size // parts)  # N: Revealed type is "float"
    reveal_type(size % 2)  # N: Revealed type is "float"
    reveal_type(divmod(total, parts))  # N: Revealed type is "tuple[int, int]"
    reveal_type(abs(total - parts))  # N: Revealed type is "int"
    reveal_type(round(size))  # N: Revealed type is "int"
    reveal_type(total ** 2)  # N: Revealed type is "int"
    reveal_type(size ** 2)  # N: Revealed type is "float"
    reveal_type(2 ** 10 % parts)  # N: Revealed type is "int"


split(7, 2, 3.5)
