# Loop bodies and the else blocks of loops are checked like any other
# code. The types of names assigned in a loop must agree with their
# types from before the loop.


def average(values: list[float]) -> float:
    total = 0
    for value in values:
        total += value  # E: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]
    return total / len(values)


def join_all(parts: list[str]) -> str:
    result = ""
    index = 0
    while index < len(parts):
        result = result + index  # E: Unsupported operand types for + ("str" and "int")  [operator]
        index += 1
    else:
        result = None  # E: Incompatible types in assignment (expression has type "None", variable has type "str")  [assignment]
    return result


for word in ["a", "b"]:
    if word == "b":
        break
else:
    word = 3  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
print(average([1.0]), join_all(["x"]))
