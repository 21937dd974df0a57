# Mistakes with itertools: the element types flow through, so a chain of ints
# does not make a list of str, and group keys have the key function's type.
from itertools import chain, count, groupby

chained = chain([1], [2])
numbers: list[str] = list(chained)  # E: Argument 1 to "list" has incompatible type "chain[int]"; expected "Iterable[str]"  [arg-type]
for key, group in groupby(["a", "bb"], key=len):
    key.upper()  # E: "int" has no attribute "upper"  [attr-defined]
first: str = next(count())  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
chain([1]).append(2)  # E: "chain[int]" has no attribute "append"  [attr-defined]
