# Unary `-` and `+` call `__neg__` and `__pos__`, and `~` calls
# `__invert__`; a type without the method is an operator error naming
# the operand type. `not` works on any value and always gives a bool.
from typing import List


def negate(word: str, items: List[int], ratio: float) -> None:
    a = -word  # E: Unsupported operand type for unary - ("str")  [operator]
    b = +items  # E: Unsupported operand type for unary + ("list[int]")  [operator]
    c = ~ratio  # E: Unsupported operand type for ~ ("float")  [operator]
    d = not word
    reveal_type(-ratio)  # N: Revealed type is "float"
    reveal_type(~len(items))  # N: Revealed type is "int"
    reveal_type(d)  # N: Revealed type is "bool"
    print(a, b, c)


flag = True
reveal_type(-flag)  # N: Revealed type is "int"
nothing = -None  # E: Unsupported operand type for unary - ("None")  [operator]
negate("x", [], 1.0)
print(nothing)
