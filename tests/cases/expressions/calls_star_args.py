# A `*args: int` parameter collects any number of extra positional
# arguments, each of which must be an int. Inside the function the
# parameter is a tuple of ints; keyword arguments cannot land in it.


def total(*args: int) -> int:
    reveal_type(args)  # N: Revealed type is "tuple[int, ...]"
    return sum(args)


def join(sep: str, *parts: str) -> str:
    return sep.join(parts)


total()
total(1, 2, 3)
total(1, "2", 3)  # E: Argument 2 to "total" has incompatible type "str"; expected "int"  [arg-type]
total(1.5)  # E: Argument 1 to "total" has incompatible type "float"; expected "int"  [arg-type]
join(",", "a", "b")
join(",", "a", 2)  # E: Argument 3 to "join" has incompatible type "int"; expected "str"  [arg-type]
join()  # E: Missing positional argument "sep" in call to "join"  [call-arg]
total(args=1)  # E: Unexpected keyword argument "args" for "total"  [call-arg]
print(total(4), join("-"))
