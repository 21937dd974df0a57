# The starred target of an unpacking is always a list, and the other
# targets must still find enough items: a fixed-length tuple that is too
# short for the plain targets is an error.


def parts() -> tuple[int, str, str]:
    return 1, "a", "b"


first, *rest = parts()
rest_count: int = rest  # E: Incompatible types in assignment (expression has type "list[str]", variable has type "int")  [assignment]
head: str = first  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
a, b, c, *more = parts()  # E: Need type annotation for "more" (hint: "more: list[<type>] = ...")  [var-annotated]
w, x, y, z, *tail = parts()  # E: Need more than 3 values to unpack (4 expected)  [misc]
numbers = [1, 2, 3]
top, *others = numbers
top = "one"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
others = "two"  # E: Incompatible types in assignment (expression has type "str", variable has type "list[int]")  [assignment]
print(first, rest, rest_count, head, a, b, c, more, w, x, y, z, tail, top, others)
