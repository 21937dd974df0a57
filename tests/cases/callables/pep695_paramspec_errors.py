# mypy-args: --python-version 3.12
# PEP 695 ParamSpec decorators check calls against the decorated signature.
from collections.abc import Callable


def cached[**P, R](func: Callable[P, R]) -> Callable[P, R]:
    return func


def stringify[**P](func: Callable[P, int]) -> Callable[P, str]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> str:
        return str(func(*args, **kwargs))

    return wrapper


@cached
def distance(x: float, y: float) -> float:
    return (x * x + y * y) ** 0.5


@stringify
def count(items: list[str]) -> int:
    return len(items)


distance("3", 4)  # E: Argument 1 to "distance" has incompatible type "str"; expected "float"  [arg-type]
number: int = count(["a"])  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
count({"a"})  # E: Argument 1 to "count" has incompatible type "set[str]"; expected "list[str]"  [arg-type]
