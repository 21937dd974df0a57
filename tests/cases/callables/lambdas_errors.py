# Lambdas checked against the callable type they must have.
from typing import Callable

Formatter = Callable[[float], str]

money: Formatter = lambda amount: amount * 100  # E: Incompatible types in assignment (expression has type "Callable[[float], float]", variable has type "Callable[[float], str]")  [assignment]  # E: Incompatible return value type (got "float", expected "str")  [return-value]
percent: Formatter = lambda amount: f"{amount:.0%}"
print(percent(0.25).upper(), percent("a"))  # E: Argument 1 has incompatible type "str"; expected "float"  [arg-type]
labels = sorted(["b", "a"], key=lambda s: s.size)  # E: "str" has no attribute "size"  [attr-defined]
