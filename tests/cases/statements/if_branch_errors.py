# Code inside every branch of an if statement is type checked, even
# when the condition looks like it could never be true. Conditions are
# ordinary expressions and are checked too.


def classify(n: int) -> str:
    if n > 100:
        kind = "big"
    elif n > "10":  # E: Unsupported operand types for > ("int" and "str")  [operator]
        kind = "medium"
    else:
        kind = 0  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
    return kind


def pick(flag: bool, text: str) -> int:
    if flag:
        result = len(text)
    else:
        result = text.upper()  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
    if not flag:
        return text  # E: Incompatible return value type (got "str", expected "int")  [return-value]
    return result


if len(5) > 2:  # E: Argument 1 to "len" has incompatible type "int"; expected "Sized"  [arg-type]
    print("never")
print(classify(3), pick(True, "a"))
