# Methods returning Self chain on subclasses with the subclass's type.
from typing import Self


class Query:
    def __init__(self) -> None:
        self.filters: list[str] = []

    def where(self, condition: str) -> Self:
        self.filters.append(condition)
        return self

    def limit(self, count: int) -> Self:
        return self.where(f"limit {count}")

    @classmethod
    def new(cls) -> Self:
        return cls()


class UserQuery(Query):
    def active(self) -> Self:
        return self.where("active")


query: UserQuery = UserQuery.new().where("a").active().limit(3)
base: Query = Query().limit(1)
print(query.filters, base.filters)
