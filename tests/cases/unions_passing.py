# A union parameter accepts any of its members, and a union value may
# only be passed where every member is accepted. Operations on a union
# must be valid for each member.
from typing import List, Union


def show(value: Union[int, str]) -> str:
    return str(value)


def double(value: int | float) -> float:
    return value * 2


def width(value: Union[int, str]) -> int:
    return len(value)  # E: Argument 1 to "len" has incompatible type "int | str"; expected "Sized"  [arg-type]


def first(values: Union[List[int], str]) -> int:
    return values[0]  # E: Incompatible return value type (got "int | str", expected "int")  [return-value]


show(1)
show("a")
show(1.5)  # E: Argument 1 to "show" has incompatible type "float"; expected "int | str"  [arg-type]
show(None)  # E: Argument 1 to "show" has incompatible type "None"; expected "int | str"  [arg-type]
double(True)
double("2")  # E: Argument 1 to "double" has incompatible type "str"; expected "int | float"  [arg-type]


def forward(mixed: Union[int, str], number: Union[int, float]) -> None:
    double(mixed)  # E: Argument 1 to "double" has incompatible type "int | str"; expected "int | float"  [arg-type]
    double(number)
    show(mixed)


print(width(3), first([1]))
