# An empty collection without an annotation must get its element type
# from a use in the same scope; if nothing fills it, an annotation is
# needed. Once the first use fixes the type, later uses must agree.


def unused() -> int:
    items = []  # E: Need type annotation for "items" (hint: "items: list[<type>] = ...")  [var-annotated]
    return len(items)


def mixed() -> list[int]:
    values = []
    values.append(1)
    values.append("two")  # E: Argument 1 to "append" of "list" has incompatible type "str"; expected "int"  [arg-type]
    return values


def table() -> None:
    mapping = {}  # E: Need type annotation for "mapping" (hint: "mapping: dict[<type>, <type>] = ...")  [var-annotated]
    print(mapping)
    counts = {}
    counts["a"] = 1
    counts["b"] = "two"  # E: Incompatible types in assignment (expression has type "str", target has type "int")  [assignment]


empty = []  # E: Need type annotation for "empty" (hint: "empty: list[<type>] = ...")  [var-annotated]
pending = set()  # E: Need type annotation for "pending" (hint: "pending: set[<type>] = ...")  [var-annotated]
print(empty, pending)
