# Assigning through the class (Cls.x, cls.x) checks against the class attribute's type.
from typing import Optional


class Counter:
    total: int = 0
    label: Optional[str] = None

    @classmethod
    def reset(cls) -> None:
        cls.total = 0
        cls.label = "reset"
        cls.total = "zero"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]


class Child(Counter):
    pass


Counter.total = 5
Counter.total = 2.5  # E: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]
Child.label = 3  # E: Incompatible types in assignment (expression has type "int", variable has type "str | None")  [assignment]
