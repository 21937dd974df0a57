# An annotation fixes a variable's declared type. The initial value
# and every later assignment are checked against it, and the message
# shows both the expression type and the declared type.
from typing import Dict, List, Optional

limit: int = "100"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
scale: float = 3
title: str = None  # E: Incompatible types in assignment (expression has type "None", variable has type "str")  [assignment]
tags: List[str] = []
tags = None  # E: Incompatible types in assignment (expression has type "None", variable has type "list[str]")  [assignment]
lookup: Dict[str, int] = {}
lookup = []  # E: Incompatible types in assignment (expression has type "list[Never]", variable has type "dict[str, int]")  [assignment]
maybe: Optional[str] = None
maybe = "set"
maybe = 5  # E: Incompatible types in assignment (expression has type "int", variable has type "str | None")  [assignment]
enabled: bool = 1  # E: Incompatible types in assignment (expression has type "int", variable has type "bool")  [assignment]
size: int = True
print(limit, scale, title, tags, lookup, maybe, enabled, size)
