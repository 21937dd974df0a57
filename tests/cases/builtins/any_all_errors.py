# any() and all() always return bool, whatever the items are, so the
# result is not a str and has no str methods. Their argument must be
# iterable; a plain int is rejected.
from typing import List


def check(values: List[int], count: int) -> None:
    reveal_type(any(values))  # N: Revealed type is "bool"
    reveal_type(all(v > 0 for v in values))  # N: Revealed type is "bool"
    result: str = any(values)  # E: Incompatible types in assignment (expression has type "bool", variable has type "str")  [assignment]
    all(values).lower()  # E: "bool" has no attribute "lower"  [attr-defined]
    any(count)  # E: Argument 1 to "any" has incompatible type "int"; expected "Iterable[object]"  [arg-type]
    print(result)
