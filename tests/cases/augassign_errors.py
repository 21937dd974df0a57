# Augmented assignment computes the operator result and then assigns
# it back, so `int += float` fails as an assignment, while an
# unsupported operand is an operator error.

total = 0
total += 5
total += 2.5  # E: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]
total -= 1
count = 3
count *= 1.5  # E: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]
text = "ab"
text += "c"
text += 1  # E: Unsupported operand types for + ("str" and "int")  [operator]
text *= 2
ratio = 1.0
ratio += 2
ratio -= "x"  # E: Unsupported operand types for - ("float" and "str")  [operator]
items = [1, 2]
items += [3]
items += ["a"]  # E: List item 0 has incompatible type "str"; expected "int"  [list-item]
print(total, count, text, ratio, items)
