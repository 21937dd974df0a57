# TypedDicts as parameters and returns: the wrong TypedDict, plain dicts, missing keys.
from typing import TypedDict


class Point(TypedDict):
    x: int
    y: int


class Label(TypedDict):
    text: str
    x: int
    y: int


def shift(point: Point, dx: int) -> Point:
    return {"x": point["x"] + dx, "y": point["y"]}


def origin() -> Point:
    return {"x": 0}  # E: Missing key "y" for TypedDict "Point"  [typeddict-item]


def label_at(point: Point, text: str) -> Label:
    return {"text": text, "x": point["x"], "y": point["y"]}


def place(label: Label) -> Point:
    return label


coords: dict[str, int] = {"x": 1, "y": 2}
shift(coords, 1)  # E: Argument 1 to "shift" has incompatible type "dict[str, int]"; expected "Point"  [arg-type]
place(shift({"x": 1, "y": 2}, 3))  # E: Argument 1 to "place" has incompatible type "Point"; expected "Label"  [arg-type]
shift({"x": 1, "y": 2, "z": 3}, 1)  # E: Extra key "z" for TypedDict "Point"  [typeddict-unknown-key]
