# IntEnum and StrEnum members are ints and strs too.
from enum import IntEnum, StrEnum


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


class Fruit(StrEnum):
    APPLE = "apple"
    PEAR = "pear"


def weigh(value: int) -> int:
    return value * 2


weigh(Priority.HIGH)
weigh(Fruit.APPLE)  # E: Argument 1 to "weigh" has incompatible type "Fruit"; expected "int"  [arg-type]
total: int = Priority.LOW + Priority.HIGH
label: str = Fruit.PEAR.upper()
reveal_type(Priority.LOW < 2)  # N: Revealed type is "bool"
reveal_type(Fruit.APPLE + "s")  # N: Revealed type is "str"
wrong: Priority = 1  # E: Incompatible types in assignment (expression has type "int", variable has type "Priority")  [assignment]
also_wrong: Fruit = "apple"  # E: Incompatible types in assignment (expression has type "str", variable has type "Fruit")  [assignment]
