# Mistakes with collections: a defaultdict's values and a Counter's counts
# have fixed types, and OrderedDict keys keep their type.
from collections import ChainMap, Counter, OrderedDict, defaultdict

groups: defaultdict[str, list[int]] = defaultdict(list)
groups["a"].append("x")  # E: Argument 1 to "append" of "list" has incompatible type "str"; expected "int"  [arg-type]
counts = Counter("hello")
counts["h"] = "x"  # E: Incompatible types in assignment (expression has type "str", target has type "int")  [assignment]
best: str = counts.most_common(1)[0][1]  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
ordered: OrderedDict[str, int] = OrderedDict()
ordered.move_to_end(1)  # E: Argument 1 to "move_to_end" of "OrderedDict" has incompatible type "int"; expected "str"  [arg-type]
counts.total(1)  # E: Too many arguments for "total" of "Counter"  [call-arg]
groups.default_factory = 3  # E: Incompatible types in assignment (expression has type "int", variable has type "Callable[[], list[int]] | None")  [assignment]
layered: ChainMap[str, int] = ChainMap({"a": 1})
layered["b"] = "x"  # E: Incompatible types in assignment (expression has type "str", target has type "int")  [assignment]
