# Every target of a chained assignment is checked against the value on
# its own: a declared target must accept the value, and a target that
# is inferred from the value keeps that type for later assignments.


name: str
size: int
name = size = "ten"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
a = b = 1
a = "one"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
b = 2
flag = ready = True
ready = None  # E: Incompatible types in assignment (expression has type "None", variable has type "bool")  [assignment]
total = zero = 0.0
total = zero = "nothing"  # E: Incompatible types in assignment (expression has type "str", variable has type "float")  [assignment]


def pair() -> str:
    x = y = [1]
    y.append("two")  # E: Argument 1 to "append" of "list" has incompatible type "str"; expected "int"  [arg-type]
    return x  # E: Incompatible return value type (got "list[int]", expected "str")  [return-value]


print(name, size, a, b, flag, ready, total, zero, pair())
