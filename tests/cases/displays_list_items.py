# A list display checked against a declared element type reports each
# wrong item by position, counting from 0. Without a declared type the
# display is inferred as a join of its items instead.
from typing import List, Union

numbers: List[int] = [1, "two", 3, 4.0]  # E: List item 1 has incompatible type "str"; expected "int"  [list-item]  # E: List item 3 has incompatible type "float"; expected "int"  [list-item]
words: list[str] = ["a", "b", None]  # E: List item 2 has incompatible type "None"; expected "str"  [list-item]
mixed: List[Union[int, str]] = [1, "a", 2.5]  # E: List item 2 has incompatible type "float"; expected "int | str"  [list-item]
nested: list[list[int]] = [[1], ["x"], []]  # E: List item 0 has incompatible type "str"; expected "int"  [list-item]
inferred = [1, "two"]
floats: list[float] = [1, 2.5, "3"]  # E: List item 2 has incompatible type "str"; expected "float"  [list-item]


def total(values: List[int]) -> int:
    return sum(values)


total([1, 2, "3"])  # E: List item 2 has incompatible type "str"; expected "int"  [list-item]
print(numbers, words, mixed, nested, inferred, floats)
