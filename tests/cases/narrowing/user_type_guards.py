# User-defined type guards: TypeGuard[T] makes the first argument a T when the call is
# true; TypeIs[T] narrows within the argument's type both ways.
from typing import Any, TypeGuard
from typing_extensions import TypeIs


def is_str_list(values: list[object]) -> TypeGuard[list[str]]:
    return all(isinstance(v, str) for v in values)


def is_int(value: object) -> TypeIs[int]:
    return isinstance(value, int)


def use(values: list[object], v: int | str, a: Any) -> None:
    if is_str_list(values):
        reveal_type(values)  # N: Revealed type is "list[str]"
    else:
        reveal_type(values)  # N: Revealed type is "list[object]"
    if is_int(v):
        reveal_type(v)  # N: Revealed type is "int"
    else:
        reveal_type(v)  # N: Revealed type is "str"
    if is_int(a):
        reveal_type(a)  # N: Revealed type is "int"
    reveal_type(is_int(v))  # N: Revealed type is "bool"
    reveal_type(is_int)  # N: Revealed type is "def (value: object) -> TypeIs[int]"


def bad(value: object) -> TypeGuard[int]:
    return "yes"  # E: Incompatible return value type (got "str", expected "bool")  [return-value]


def joined(values: list[object]) -> str:
    if is_str_list(values):
        return ",".join(values)
    return ",".join(values)  # E: Argument 1 to "join" of "str" has incompatible type "list[object]"; expected "Iterable[str]"  [arg-type]
