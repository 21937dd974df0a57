# Types nested forty deep, compared both ways at every level (invariant arguments):
# equivalent, unequal and redeclared ones all check in time linear in the depth.
from typing import Any


def loosen(value: list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[Any]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]) -> list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[int]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]:
    return value


def mismatch(value: list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[int]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]) -> list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[str]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]:
    return value  # E: Incompatible return value type (got "list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[int]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", expected "list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[str]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")  [return-value]


nested = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
nested = [[[1]]]  # E: List item 0 has incompatible type "int"; expected "list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[list[int]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"  [list-item]
