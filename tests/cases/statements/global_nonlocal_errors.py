# A name declared global or nonlocal refers to the outer variable, so
# assignments through it must match that variable's type. Reading it
# uses the outer type too.

counter = 0
names: list[str] = []


def rename() -> None:
    global counter
    counter = "zero"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]


def extend() -> None:
    global names
    names = [1, 2]  # E: List item 0 has incompatible type "int"; expected "str"  [list-item]  # E: List item 1 has incompatible type "int"; expected "str"  [list-item]


def outer() -> str:
    total = 0.0

    def add(text: str) -> None:
        nonlocal total
        total = text  # E: Incompatible types in assignment (expression has type "str", variable has type "float")  [assignment]
        total += 1

    add("x")
    return total  # E: Incompatible return value type (got "float", expected "str")  [return-value]
