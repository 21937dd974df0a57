# Functional named tuples as records: sorting, grouping, optional fields and nesting.
from typing import NamedTuple, Optional

Book = NamedTuple("Book", [("title", str), ("author", str), ("year", int), ("isbn", Optional[str])])
Shelf = NamedTuple("Shelf", (("label", str), ("books", list[Book])))


def oldest(books: list[Book]) -> Optional[Book]:
    return min(books, key=lambda book: book.year) if books else None


def authors(shelf: Shelf) -> set[str]:
    return {book.author for book in shelf.books}


def catalogue_line(book: Book) -> str:
    title, author, year, isbn = book
    suffix = f" [{isbn}]" if isbn is not None else ""
    return f"{author}: {title} ({year}){suffix}"


def decades(books: list[Book]) -> dict[int, list[str]]:
    grouped: dict[int, list[str]] = {}
    for book in sorted(books, key=lambda b: (b.year, b.title)):
        grouped.setdefault(book.year // 10 * 10, []).append(book.title)
    return grouped


classics = Shelf("classics", [Book("Emma", "Austen", 1815, None), Book("Ulysses", "Joyce", 1922, "978-0")])
first = oldest(classics.books)
if first is not None:
    print(catalogue_line(first))
print(authors(classics), decades(classics.books), len(classics.books[0]))
