# Each argument is checked against its parameter's declared type.
# The message names the argument position and the callee, and an int
# is accepted where a float is expected but not the other way round.


def scale(value: float, factor: int) -> float:
    return value * factor


def label(text: str, count: int) -> str:
    return text + str(count)


scale(1, 2)
scale(1.5, 2.5)  # E: Argument 2 to "scale" has incompatible type "float"; expected "int"  [arg-type]
scale("1", 2)  # E: Argument 1 to "scale" has incompatible type "str"; expected "float"  [arg-type]
label(3, 4)  # E: Argument 1 to "label" has incompatible type "int"; expected "str"  [arg-type]
label("x", "4")  # E: Argument 2 to "label" has incompatible type "str"; expected "int"  [arg-type]
label(text=5, count=1)  # E: Argument "text" to "label" has incompatible type "int"; expected "str"  [arg-type]
scale(factor=None, value=2.0)  # E: Argument "factor" to "scale" has incompatible type "None"; expected "int"  [arg-type]
print(scale(2.0, 3), label("n", 1))
