# Methods of list, dict and set are bound to the element types the
# container was created with: append takes an element, extend an
# iterable of elements, and the results carry the element type along.

scores = [90, 85]
scores.append("A")  # E: Argument 1 to "append" of "list" has incompatible type "str"; expected "int"  [arg-type]
scores.append(70)
scores.extend(100)  # E: Argument 1 to "extend" of "list" has incompatible type "int"; expected "Iterable[int]"  [arg-type]
scores.extend(["B"])  # E: List item 0 has incompatible type "str"; expected "int"  [list-item]
scores.pop("0")  # E: Argument 1 to "pop" of "list" has incompatible type "str"; expected "SupportsIndex"  [arg-type]
last: str = scores.pop()  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
prices = {"tea": 2.5}
prices.keys(1)  # E: Too many arguments for "keys" of "dict"  [call-arg]
names: list[str] = prices.keys()  # E: Incompatible types in assignment (expression has type "dict_keys[str, float]", variable has type "list[str]")  [assignment]
tags = {"red", "blue"}
tags.add(3)  # E: Argument 1 to "add" of "set" has incompatible type "int"; expected "str"  [arg-type]
tags.add("green")
print(scores, last, prices, names, tags)
