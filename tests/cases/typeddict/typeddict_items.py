# TypedDict displays, constructor calls and subscripts are checked key by key.
from typing import TypedDict

from typing_extensions import NotRequired, Required


class Movie(TypedDict):
    title: str
    year: int


class Draft(TypedDict, total=False):
    title: Required[str]
    notes: str


class Series(Movie):
    seasons: NotRequired[int]


wrong_value: Movie = {"title": "Alien", "year": "1979"}  # E: Incompatible types (expression has type "str", TypedDict item "year" has type "int")  [typeddict-item]
missing: Movie = {"title": "Alien"}  # E: Missing key "year" for TypedDict "Movie"  [typeddict-item]
missing_two: Movie = {}  # E: Missing keys ("title", "year") for TypedDict "Movie"  [typeddict-item]
extra: Movie = {"title": "Alien", "year": 1979, "rating": 5}  # E: Extra key "rating" for TypedDict "Movie"  [typeddict-unknown-key]
built = Movie(title="Alien", year=1979)
Movie(title="Alien")  # E: Missing key "year" for TypedDict "Movie"  [typeddict-item]
Movie(title="Alien", year="1979")  # E: Incompatible types (expression has type "str", TypedDict item "year" has type "int")  [typeddict-item]
reveal_type(built)  # N: Revealed type is "TypedDict(typeddict_items.Movie, {'title': str, 'year': int})"
reveal_type(built["title"])  # N: Revealed type is "str"
built["rating"]  # E: TypedDict "Movie" has no key "rating"  [typeddict-item]
built["year"] = "new"  # E: Value of "year" has incompatible type "str"; expected "int"  [typeddict-item]
built["year"] = 1980
draft: Draft = {"title": "Notes"}
untitled: Draft = {"notes": "n"}  # E: Missing key "title" for TypedDict "Draft"  [typeddict-item]
series: Series = {"title": "Lost", "year": 2004}
reveal_type(series)  # N: Revealed type is "TypedDict(typeddict_items.Series, {'title': str, 'year': int, 'seasons'?: int})"
reveal_type(series["seasons"])  # N: Revealed type is "int"
key = "title"
built[key]  # E: TypedDict key must be a string literal; expected one of ("title", "year")  [literal-required]


def show(movie: Movie) -> str:
    return movie["title"] + str(movie["year"])


show({"title": "Alien", "year": 1979})
show({"title": "Alien"})  # E: Missing key "year" for TypedDict "Movie"  [typeddict-item]
as_dict: dict[str, object] = built  # E: Incompatible types in assignment (expression has type "Movie", variable has type "dict[str, object]")  [assignment]
