# Every name must be bound somewhere in scope. A misspelled variable,
# function or builtin is reported once per use, at the line of use,
# and when a similar name is visible the message suggests it.


def area(width: float, height: float) -> float:
    return width * heigth  # E: Name "heigth" is not defined; did you mean "height"?  [name-defined]


def report(values: list[int]) -> None:
    total = sum(values)
    print(totl)  # E: Name "totl" is not defined; did you mean "total"?  [name-defined]
    prnt(total)  # E: Name "prnt" is not defined; did you mean "print"?  [name-defined]


counter = 0
counter += step  # E: Name "step" is not defined  [name-defined]
print(area(1.0, 2.0), lenght([1]))  # E: Name "lenght" is not defined  [name-defined]
report([1, 2])
undefined_function(counter)  # E: Name "undefined_function" is not defined  [name-defined]
