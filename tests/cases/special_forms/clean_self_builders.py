# Self in fluent builder methods and alternative constructors, inherited by subclasses: clean.
from typing import Self


class QueryBuilder:
    def __init__(self) -> None:
        self.clauses: list[str] = []

    def where(self, clause: str) -> Self:
        self.clauses.append(clause)
        return self

    def copy(self) -> Self:
        clone = type(self)()
        clone.clauses = list(self.clauses)
        return clone

    @classmethod
    def starting_with(cls, clause: str) -> Self:
        return cls().where(clause)

    def build(self) -> str:
        return " AND ".join(self.clauses)


class PagedQueryBuilder(QueryBuilder):
    def __init__(self) -> None:
        super().__init__()
        self.page = 0

    def at_page(self, page: int) -> Self:
        self.page = page
        return self


query: PagedQueryBuilder = PagedQueryBuilder.starting_with("active").where("age > 18").at_page(2)
print(query.copy().build(), query.page)
