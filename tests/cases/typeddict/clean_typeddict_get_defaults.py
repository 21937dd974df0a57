# TypedDict .get: required keys, optional keys with and without defaults, all clean.
from typing import NotRequired, TypedDict


class Movie(TypedDict):
    title: str
    year: int
    rating: NotRequired[float]
    tags: NotRequired[list[str]]


def describe(movie: Movie) -> str:
    title: str = movie.get("title")
    rating = movie.get("rating")
    if rating is None:
        return f"{title} ({movie['year']}), unrated"
    return f"{title} ({movie['year']}), rated {rating:.1f}"


def average_rating(movies: list[Movie]) -> float:
    ratings = [movie.get("rating", 0.0) for movie in movies]
    return sum(ratings) / len(ratings) if ratings else 0.0


def all_tags(movies: list[Movie]) -> set[str]:
    found: set[str] = set()
    for movie in movies:
        for tag in movie.get("tags", []):
            found.add(tag.lower())
    return found


def rating_or_label(movie: Movie) -> float | str:
    return movie.get("rating", "unrated")


def lookup(movie: Movie, field: str) -> object:
    return movie.get(field)


catalog: list[Movie] = [
    {"title": "Alien", "year": 1979, "rating": 8.5, "tags": ["Horror", "SciFi"]},
    {"title": "Heat", "year": 1995},
]
print(describe(catalog[0]), average_rating(catalog), sorted(all_tags(catalog)))
print(rating_or_label(catalog[1]), lookup(catalog[1], "year"))
