# TypedDicts used as JSON-like records: read, written, passed as mappings, compared
# structurally with another TypedDict of the same keys.
import json
from typing import Any, Mapping, TypedDict


class Point(TypedDict):
    x: int
    y: int


class Coordinates(TypedDict):
    x: int
    y: int


class Point3(Point):
    z: int


class Options(TypedDict, total=False):
    verbose: bool
    depth: int


def norm(p: Point) -> float:
    return (p["x"] ** 2 + p["y"] ** 2) ** 0.5


def describe(values: Mapping[str, object]) -> str:
    return ", ".join(f"{k}={v}" for k, v in values.items())


def keywords(x: int, y: int) -> int:
    return x + y


def configure(options: Options) -> int:
    depth = options.get("depth", 1)
    if options.get("verbose"):
        print("verbose")
    return depth


class Labelled(Point):
    label: str


def labelled(point: Point) -> Labelled:
    return {"label": "p", **point}


p: Point = {"x": 1, "y": 2}
c: Coordinates = {"x": 0, "y": 0}
q: Point3 = {"x": 1, "y": 2, "z": 3}
p["x"] = p["y"] + 1
points: list[Point] = [{"x": 1, "y": 1}, Point(x=2, y=2)]
maybe: Point | None = {"x": 1, "y": 2}
raw: dict[str, Any] = json.loads("{}")
for key in p:
    print(key, p.keys(), dict(p), len(p), "x" in p)
print(norm(q), norm(c), describe(p), json.dumps(p), keywords(**p), configure({}), configure({"depth": 2}))
