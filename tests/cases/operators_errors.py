# Binary operators are looked up on the left operand (and then the
# reflected method on the right). A combination neither side supports
# is an operator error naming the operand types.


def describe(n: int, s: str, f: float) -> str:
    a = n + s  # E: Unsupported operand types for + ("int" and "str")  [operator]
    b = s - s  # E: Unsupported left operand type for - ("str")  [operator]
    c = s * f  # E: Unsupported operand types for * ("str" and "float")  [operator]
    d = f + s  # E: Unsupported operand types for + ("float" and "str")  [operator]
    e = n / s  # E: Unsupported operand types for / ("int" and "str")  [operator]
    return s + n  # E: Unsupported operand types for + ("str" and "int")  [operator]


x = 1 + "a"  # E: Unsupported operand types for + ("int" and "str")  [operator]
y = "a" + 1  # E: Unsupported operand types for + ("str" and "int")  [operator]
z = [1] - [2]  # E: Unsupported left operand type for - ("list[int]")  [operator]
w = None + 1  # E: Unsupported operand types for + ("None" and "int")  [operator]
ok = "a" * 3 + str(2 ** 4) + str(7 // 2) + str(7 % 3)
print(describe(1, "a", 1.0), x, y, z, w, ok)
