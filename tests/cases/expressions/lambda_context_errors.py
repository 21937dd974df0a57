# A lambda passed as an argument gets its parameter types from the
# expected callable, so its body is checked with them: an attribute the
# parameter type lacks is an error even though the lambda itself has no
# annotations, and so is returning the wrong type.
from typing import Callable, List


def apply(fn: Callable[[int], str], value: int) -> str:
    return fn(value)


def each(items: List[str], fn: Callable[[str], int]) -> List[int]:
    return [fn(item) for item in items]


apply(lambda n: n.upper(), 2)  # E: "int" has no attribute "upper"  [attr-defined]
apply(lambda n: n + 1, 2)  # E: Argument 1 to "apply" has incompatible type "Callable[[int], int]"; expected "Callable[[int], str]"  [arg-type]  # E: Incompatible return value type (got "int", expected "str")  [return-value]
each(["a"], lambda s: s + 1)  # E: Unsupported operand types for + ("str" and "int")  [operator]
each(["a"], lambda s: len(s))
sorted(["b", "a"], key=lambda w: w.size)  # E: "str" has no attribute "size"  [attr-defined]
sorted([3, 1], key=lambda n: n.lower())  # E: "int" has no attribute "lower"  [attr-defined]
print(apply(lambda n: str(n), 1))
