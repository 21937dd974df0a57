# The result of an augmented assignment is stored back into the target,
# so the operator must accept the operands and the result must fit the
# target's type: a float result cannot go into an int variable.


def tally(words: list[str]) -> int:
    count = 0
    for word in words:
        count += word  # E: Unsupported operand types for + ("int" and "str")  [operator]
    count /= 2  # E: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]
    return count


total = 0
total += 1.5  # E: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]
name = "x"
name -= "y"  # E: Unsupported left operand type for - ("str")  [operator]
name *= 2
values = [1, 2]
values += ["three"]  # E: List item 0 has incompatible type "str"; expected "int"  [list-item]
counts = {"on": 1}
counts["on"] += "yes"  # E: Unsupported operand types for + ("int" and "str")  [operator]
print(tally(["a"]), total, name, values, counts)
