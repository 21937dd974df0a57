# A variable annotation fixes the type of a name: the value given with
# the annotation and every later assignment must fit it. Annotating a
# name again with a different type is a redefinition.
from typing import Optional

count: int = "three"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
ratio: float = 1
label: str
label = 42  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
maybe: Optional[str] = None
maybe = 0  # E: Incompatible types in assignment (expression has type "int", variable has type "str | None")  [assignment]
items: list[int] = [1, "2"]  # E: List item 1 has incompatible type "str"; expected "int"  [list-item]
table: dict[str, int] = {"a": 1.5}  # E: Dict entry 0 has incompatible type "str": "float"; expected "str": "int"  [dict-item]
pair: tuple[int, str] = (1, 2)  # E: Incompatible types in assignment (expression has type "tuple[int, int]", variable has type "tuple[int, str]")  [assignment]
code: int = 0
code: str = "x"  # E: Name "code" already defined on line 15  [no-redef]
print(count, ratio, label, maybe, items, table, pair, code)
