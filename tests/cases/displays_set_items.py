# A set display is checked as if each item were passed to a set
# constructor, so a wrong item is reported as an argument to <set>,
# numbered from 1 like call arguments.
from typing import Set

ids: Set[int] = {1, 2, "3"}  # E: Argument 3 to <set> has incompatible type "str"; expected "int"  [arg-type]
names: set[str] = {"a", 4, "c", 5}  # E: Argument 2 to <set> has incompatible type "int"; expected "str"  [arg-type]  # E: Argument 4 to <set> has incompatible type "int"; expected "str"  [arg-type]


def unique(values: Set[str]) -> int:
    return len(values)


unique({"x", None})  # E: Argument 2 to <set> has incompatible type "None"; expected "str"  [arg-type]
letters = {"a", "b"}
letters.add("c")
letters.add(1)  # E: Argument 1 to "add" of "set" has incompatible type "int"; expected "str"  [arg-type]
print(ids, names, letters)
