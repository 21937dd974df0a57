# Tuples have a fixed length and a type per position. An index past
# the end is reported, each position has its own type, and tuples of
# different lengths are different types.
from typing import Tuple

point: Tuple[int, int] = (1, 2)
point3 = (1, 2, 3)
label: Tuple[str, int] = ("a", "b")  # E: Incompatible types in assignment (expression has type "tuple[str, str]", variable has type "tuple[str, int]")  [assignment]
pair: Tuple[int, int] = (1, 2, 3)  # E: Incompatible types in assignment (expression has type "tuple[int, int, int]", variable has type "tuple[int, int]")  [assignment]
x = point[2]  # E: Tuple index out of range  [misc]
name: str = point[0]  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
point = point3  # E: Incompatible types in assignment (expression has type "tuple[int, int, int]", variable has type "tuple[int, int]")  [assignment]
single: Tuple[int] = (1,)
print(point, label, pair, x, name, single)
