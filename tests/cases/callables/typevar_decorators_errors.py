# Through an identity decorator (`(F) -> F`), calls are checked against the function.
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def exported(func: F) -> F:
    return func


@exported
def scale(values: list[float], factor: float) -> list[float]:
    return [v * factor for v in values]


scale([1.0], "2")  # E: Argument 2 to "scale" has incompatible type "str"; expected "float"  [arg-type]
scale([1.0])  # E: Missing positional argument "factor" in call to "scale"  [call-arg]
first: str = scale([1.0], 2.0)[0]  # E: Incompatible types in assignment (expression has type "float", variable has type "str")  [assignment]
