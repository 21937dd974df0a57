# String methods have precise signatures in the stubs: join wants an
# iterable of str, split and replace want str arguments, and the
# result types propagate into later checks.

line = "  alpha, beta  "
parts = line.split(",")
joined = ", ".join([1, 2])  # E: List item 0 has incompatible type "int"; expected "str"  [list-item]  # E: List item 1 has incompatible type "int"; expected "str"  [list-item]
line.replace("a", 1)  # E: Argument 2 to "replace" of "str" has incompatible type "int"; expected "str"  [arg-type]
line.startswith(5)  # E: Argument 1 to "startswith" of "str" has incompatible type "int"; expected "str | tuple[str, ...]"  [arg-type]
line.strip(0)  # E: Argument 1 to "strip" of "str" has incompatible type "int"; expected "str | None"  [arg-type]
line.upper("x")  # E: Too many arguments for "upper" of "str"  [call-arg]
count: int = line.lower()  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
words: list[int] = line.split()  # E: Incompatible types in assignment (expression has type "list[str]", variable has type "list[int]")  [assignment]
print(parts, joined, "{} {}".format(1, "two"), count, words)
