# mypy-args: --python-version 3.12
# Values checked against `type` aliases; messages spell the aliased type out in full.
type Point = tuple[float, float]
type Tags = set[str]
type Reading = dict[str, float] | None
type Pair[T] = tuple[T, T]


def distance(a: Point, b: Point) -> float:
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5


def label(tags: Tags) -> str:
    return ",".join(sorted(tags))


origin: Point = (0.0, "0")  # E: Incompatible types in assignment (expression has type "tuple[float, str]", variable has type "tuple[float, float]")  [assignment]
distance(origin, [1.0, 2.0])  # E: Argument 2 to "distance" has incompatible type "list[float]"; expected "tuple[float, float]"  [arg-type]
label({"a", 1})  # E: Argument 2 to <set> has incompatible type "int"; expected "str"  [arg-type]
reading: Reading = {"temperature": "warm"}  # E: Dict entry 0 has incompatible type "str": "str"; expected "str": "float"  [dict-item]
pair: Pair[str] = ("a", 2)  # E: Incompatible types in assignment (expression has type "tuple[str, int]", variable has type "tuple[str, str]")  [assignment]


def as_point(x: float) -> Point:
    return x  # E: Incompatible return value type (got "float", expected "tuple[float, float]")  [return-value]
