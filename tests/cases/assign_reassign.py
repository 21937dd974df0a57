# A variable without an annotation takes the type of its first
# assignment; later assignments must be compatible with that type.
# An int is still accepted where a float was inferred, and a new
# display is checked against the element types already inferred.

count = 0
count = 10
count = "ten"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
name = "Ada"
name = 3.5  # E: Incompatible types in assignment (expression has type "float", variable has type "str")  [assignment]
ratio = 1.5
ratio = 2
ratio = "half"  # E: Incompatible types in assignment (expression has type "str", variable has type "float")  [assignment]
items = [1, 2, 3]
items = ["a"]  # E: List item 0 has incompatible type "str"; expected "int"  [list-item]
flags = {"debug": True}
flags = {"debug": "yes"}  # E: Dict entry 0 has incompatible type "str": "str"; expected "str": "bool"  [dict-item]
pair = (1, "a")
pair = ("a", 1)  # E: Incompatible types in assignment (expression has type "tuple[str, int]", variable has type "tuple[int, str]")  [assignment]
print(count, name, ratio, items, flags, pair)
