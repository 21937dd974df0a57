# TypedDicts as return types, through `typing.TypedDict`, and extended with
# `total=False` keys: correct code checks clean, other errors are still found.
import typing
from typing import TypedDict


class Movie(TypedDict):
    title: str
    year: int


class Film(Movie, total=False):
    rating: float


class Info(typing.TypedDict):
    name: str


def movie() -> Movie:
    return {"title": "Alien", "year": 1979}


def film(rating: float) -> Film:
    info: Film = {"title": "Heat", "year": 1995}
    info["rating"] = rating
    return info


def info(name: str) -> list[Info]:
    return [{"name": name}]


def title(m: Movie) -> str:
    return m["title"]


def wrong_count() -> int:
    return "many"  # E: Incompatible return value type (got "str", expected "int")  [return-value]


print(movie(), film(8.3), info("x"), title(movie()))
