# `*args: int` collects the extra positional arguments as tuple[int, ...]
# and `**kwargs: str` the extra keywords as dict[str, str]. Each passed
# value must fit the annotation, and inside the body they have the
# collected container types.
def report(*args: int, **kwargs: str) -> None:
    reveal_type(args)  # N: Revealed type is "tuple[int, ...]"
    reveal_type(kwargs)  # N: Revealed type is "dict[str, str]"
    reveal_type(args[0])  # N: Revealed type is "int"
    reveal_type(kwargs["name"])  # N: Revealed type is "str"
    args.append(1)  # E: "tuple[int, ...]" has no attribute "append"  [attr-defined]
    kwargs["count"] = 1  # E: Incompatible types in assignment (expression has type "int", target has type "str")  [assignment]
    for value in args:
        value.upper()  # E: "int" has no attribute "upper"  [attr-defined]


report(1, 2, "3")  # E: Argument 3 to "report" has incompatible type "str"; expected "int"  [arg-type]
report(1, name="x", count=2)  # E: Argument "count" to "report" has incompatible type "int"; expected "str"  [arg-type]
report(*["a"])  # E: Argument 1 to "report" has incompatible type "*list[str]"; expected "int"  [arg-type]
report(**{"a": 1})  # E: Argument 1 to "report" has incompatible type "**dict[str, int]"; expected "str"  [arg-type]
report(1.5, flag=None)  # E: Argument 1 to "report" has incompatible type "float"; expected "int"  [arg-type]  # E: Argument "flag" to "report" has incompatible type "None"; expected "str"  [arg-type]
