# The loop variable of a for statement takes the element type of the
# iterable, and must agree with any earlier type of the same name.
# Iterating over something that is not iterable is an error too.


def summarize(words: list[str], counts: dict[str, int]) -> int:
    total = 0
    for word in words:
        total += word  # E: Unsupported operand types for + ("int" and "str")  [operator]
    for key in counts:
        total += key  # E: Unsupported operand types for + ("int" and "str")  [operator]
    for n in 10:  # E: "int" has no attribute "__iter__"; maybe "__int__"? (not iterable)  [attr-defined]
        total += n
    for letter in "abc":
        total = letter  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
    return total


index = 0
for index in ["a", "b"]:  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
    print(index)
print(summarize(["x"], {"x": 1}))
