# A name that starts as None takes an optional type from its later
# assignment in the same scope. Using it where the value is required is
# an error until the None case is ruled out.


def longest(words: list[str]) -> str:
    best = None
    for word in words:
        if best is None or len(word) > len(best):
            best = word
    return best  # E: Incompatible return value type (got "str | None", expected "str")  [return-value]


def total(values: list[int]) -> int:
    running = None
    for value in values:
        running = value
    return running + 1  # E: Unsupported operand types for + ("None" and "int")  [operator]  # N: Left operand is of type "int | None"


def pick() -> None:
    chosen = None
    chosen = 5
    chosen = "five"  # E: Incompatible types in assignment (expression has type "str", variable has type "int | None")  [assignment]


state = None
print(state.upper())  # E: "None" has no attribute "upper"  [attr-defined]
