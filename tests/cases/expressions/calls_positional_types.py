# Each positional argument is checked against the parameter in the same
# position. A mismatch names the argument's 1-based position, the callee
# and both types; arguments that fit are not reported.


def repeat(text: str, times: int, sep: str) -> str:
    return sep.join([text] * times)


def scale(value: float, factor: float) -> float:
    return value * factor


repeat("a", 3, "-")
repeat(3, "a", "-")  # E: Argument 1 to "repeat" has incompatible type "int"; expected "str"  [arg-type]  # E: Argument 2 to "repeat" has incompatible type "str"; expected "int"  [arg-type]
repeat("a", 2.5, "-")  # E: Argument 2 to "repeat" has incompatible type "float"; expected "int"  [arg-type]
repeat("a", 2, None)  # E: Argument 3 to "repeat" has incompatible type "None"; expected "str"  [arg-type]
scale(1, 2)
scale("1", 2.0)  # E: Argument 1 to "scale" has incompatible type "str"; expected "float"  [arg-type]
scale(1.0, [2.0])  # E: Argument 2 to "scale" has incompatible type "list[float]"; expected "float"  [arg-type]
print(repeat("x", 1, ""), scale(2, 0.5))
