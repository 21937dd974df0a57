# Calling an operator's dunder method directly with a wrong operand is
# reported exactly like the operator form: an operator error naming the
# operator and both operand types (for `__contains__`, item then
# container). A wrong number of arguments is still a call error.


def add(a: int, text: str) -> None:
    first = a.__add__(text)  # E: Unsupported operand types for + ("int" and "str")  [operator]
    second = a + text  # E: Unsupported operand types for + ("int" and "str")  [operator]
    third = text.__mul__(text)  # E: Unsupported operand types for * ("str" and "str")  [operator]
    fourth = text.__contains__(a)  # E: Unsupported operand types for in ("int" and "str")  [operator]
    fifth = a.__neg__(1)  # E: Too many arguments for "__neg__" of "int"  [call-arg]
    print(first, second, third, fourth, fifth)


add(1, "x")
print((2.5).__add__("y"), "a".__len__())  # E: Unsupported operand types for + ("float" and "str")  [operator]
