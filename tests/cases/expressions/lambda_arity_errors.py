# A lambda must take the number of parameters its expected callable
# passes. With the wrong count it cannot take its types from the
# context, so it is reported as uninferable, and its own signature
# does not fit the declared callable.
from typing import Callable

pair: Callable[[int], int] = lambda a, b: a  # E: Cannot infer type of lambda  [misc]  # E: Incompatible types in assignment (expression has type "Callable[[Any, Any], Any]", variable has type "Callable[[int], int]")  [assignment]
none: Callable[[int], int] = lambda: 0  # E: Cannot infer type of lambda  [misc]  # E: Incompatible types in assignment (expression has type "Callable[[], int]", variable has type "Callable[[int], int]")  [assignment]
ok: Callable[[int, int], int] = lambda a, b: a * b


def run(fn: Callable[[str], str]) -> str:
    return fn("x")


run(lambda: "y")  # E: Cannot infer type of lambda  [misc]  # E: Argument 1 to "run" has incompatible type "Callable[[], str]"; expected "Callable[[str], str]"  [arg-type]
run(lambda s: s * 2)
print(pair(1), none(2), ok(3, 4))
