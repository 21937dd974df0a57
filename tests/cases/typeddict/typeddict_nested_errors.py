# Nested TypedDicts: wrong values and missing keys found at the inner level.
from typing import TypedDict


class Dimensions(TypedDict):
    width: int
    height: int


class Artwork(TypedDict):
    title: str
    size: Dimensions


def area(artwork: Artwork) -> int:
    return artwork["size"]["width"] * artwork["size"]["height"]


def depth(artwork: Artwork) -> int:
    return artwork["size"]["depth"]  # E: TypedDict "Dimensions" has no key "depth"  [typeddict-item]


starry: Artwork = {"title": "Starry Night", "size": {"width": 92, "height": "74"}}  # E: Incompatible types (expression has type "str", TypedDict item "height" has type "int")  [typeddict-item]
scream: Artwork = {"title": "The Scream", "size": {"width": 66}}  # E: Missing key "height" for TypedDict "Dimensions"  [typeddict-item]


def resize(artwork: Artwork, factor: int) -> None:
    artwork["size"]["width"] *= factor
    artwork["size"] = {"width": 1, "height": 1.5}  # E: Incompatible types (expression has type "float", TypedDict item "height" has type "int")  [typeddict-item]
