# A lambda assigned to a declared Callable takes its parameter types from
# the declaration and its body is checked against the declared return
# type. A wrong return gives both a return error for the body and an
# assignment error for the lambda as a whole.
from typing import Callable

to_text: Callable[[int], str] = lambda n: str(n)
double: Callable[[int], int] = lambda n: n * 1.5  # E: Incompatible types in assignment (expression has type "Callable[[int], float]", variable has type "Callable[[int], int]")  [assignment]  # E: Incompatible return value type (got "float", expected "int")  [return-value]
name: Callable[[], str] = lambda: None  # E: Incompatible types in assignment (expression has type "Callable[[], None]", variable has type "Callable[[], str]")  [assignment]  # E: Incompatible return value type (got "None", expected "str")  [return-value]
check: Callable[[str], bool] = lambda s: s.isdigit()
length: Callable[[str], int] = lambda s: s.upper()  # E: Incompatible types in assignment (expression has type "Callable[[str], str]", variable has type "Callable[[str], int]")  [assignment]  # E: Incompatible return value type (got "str", expected "int")  [return-value]


def make_adder(step: int) -> Callable[[int], int]:
    return lambda n: str(n + step)  # E: Incompatible return value type (got "Callable[[int], str]", expected "Callable[[int], int]")  [return-value]  # E: Incompatible return value type (got "str", expected "int")  [return-value]


def make_label() -> Callable[[float], str]:
    return lambda value: f"{value:.2f}"


print(to_text(1), double(2), name(), check("1"), length("a"), make_adder(1)(2), make_label()(1.0))
