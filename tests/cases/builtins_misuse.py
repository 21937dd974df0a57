# Builtin functions are checked against their typeshed signatures like
# any other call: len needs exactly one sized value, abs takes a single
# number, and float accepts strings and numbers but not None.

values = [4, 2, 9]
len(5)  # E: Argument 1 to "len" has incompatible type "int"; expected "Sized"  [arg-type]
len(values, values)  # E: Too many arguments for "len"  [call-arg]
len()  # E: Too few arguments for "len"  [call-arg]
abs(1, 2)  # E: Too many arguments for "abs"  [call-arg]
float("1", "2")  # E: Too many arguments for "float"  [call-arg]
float(None)  # E: Argument 1 to "float" has incompatible type "None"; expected "str | Buffer | SupportsFloat | SupportsIndex"  [arg-type]
size: str = len(values)  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
half: int = abs(-2.5)  # E: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]
print(len(values), abs(-3), int("7"), float("2.5"), str(4))
print(sorted(values), list(range(3)), sum(values), max(1, 2), min(3, 4))
