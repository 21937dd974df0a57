# sort() works in place and returns None, so its result is no list.
# insert() takes an index and then the item, remove() and index() take an
# item of the list's type, and copy() keeps the type.
from typing import List


def check(values: List[int], words: List[str]) -> None:
    reveal_type(values.copy())  # N: Revealed type is "list[int]"
    reveal_type(values.index(3))  # N: Revealed type is "int"
    reveal_type(words.count("a"))  # N: Revealed type is "int"
    ordered: List[int] = values.sort(reverse=True)  # E: Incompatible types in assignment (expression has type "None", variable has type "list[int]")  [assignment]
    values.insert("0", 1)  # E: Argument 1 to "insert" of "list" has incompatible type "str"; expected "SupportsIndex"  [arg-type]
    values.insert(0, "1")  # E: Argument 2 to "insert" of "list" has incompatible type "str"; expected "int"  [arg-type]
    words.remove(1)  # E: Argument 1 to "remove" of "list" has incompatible type "int"; expected "str"  [arg-type]
    words.index(None)  # E: Argument 1 to "index" of "list" has incompatible type "None"; expected "str"  [arg-type]
    copied: List[str] = values.copy()  # E: Incompatible types in assignment (expression has type "list[int]", variable has type "list[str]")  [assignment]
    print(ordered, copied)
