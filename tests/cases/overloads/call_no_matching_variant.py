# Calls of user overloads that no variant accepts list the variants.
from typing import Union, overload


@overload
def distance(a: int, b: int) -> int: ...
@overload
def distance(a: str, b: str) -> int: ...
def distance(a: Union[int, str], b: Union[int, str]) -> int:
    if isinstance(a, int) and isinstance(b, int):
        return abs(a - b)
    return sum(x != y for x, y in zip(str(a), str(b)))


distance(1, "a")  # E: No overload variant of "distance" matches argument types "int", "str"  [call-overload]  # N: Possible overload variants:  # N:     def distance(a: int, b: int) -> int  # N:     def distance(a: str, b: str) -> int
distance(2.5, 1.0)  # E: No overload variant of "distance" matches argument types "float", "float"  [call-overload]  # N: Possible overload variants:  # N:     def distance(a: int, b: int) -> int  # N:     def distance(a: str, b: str) -> int
Clock().shift("noon")  # E: Name "Clock" is not defined  [name-defined]
