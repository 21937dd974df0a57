# A union argument to an overloaded function: each member picks its variant and
# the call is the union of their results (mypy's union math).
from typing import overload


class T: ...
class P(T): ...


@overload
def proper(t: None) -> None: ...
@overload
def proper(t: T) -> P: ...
def proper(t: T | None) -> P | None:
    return None


def f(x: T | None, y: int | str) -> None:
    reveal_type(proper(x))  # N: Revealed type is "overload_union_math.P | None"
    r = proper(x)
    if r is not None:
        reveal_type(r)  # N: Revealed type is "overload_union_math.P"
    reveal_type(abs(y) if isinstance(y, int) else y)  # N: Revealed type is "int | str"
    proper(y)  # E: No overload variant of "proper" matches argument type "int | str"  [call-overload]  # N: Possible overload variants:  # N:     def proper(t: None) -> None  # N:     def proper(t: T) -> P
