# After `del name` the name is unbound, so reading it is an error until
# it is assigned again. Deleting an item needs a container that supports
# item deletion (tuples and strings do not) and a key of the right type.


def use_after_delete() -> None:
    value = 10
    del value
    print(value)  # E: Trying to read deleted variable "value"  [misc]


cache = {"a": 1}
del cache
print(cache)  # E: Trying to read deleted variable "cache"  [misc]
point = (1, 2)
del point[0]  # E: "tuple[int, int]" has no attribute "__delitem__"  [attr-defined]
word = "abc"
del word[1]  # E: "str" has no attribute "__delitem__"; maybe "__getitem__"?  [attr-defined]
table = {"a": 1}
del table[0]  # E: Argument 1 to "__delitem__" of "dict" has incompatible type "int"; expected "str"  [arg-type]
use_after_delete()
print(point, word, table)
