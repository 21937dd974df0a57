# Type variables bounded by a protocol or a class keep the caller's own type.
from typing import Protocol, TypeVar


class SupportsClose(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self) -> None:
        print("closed")


class Database(Resource):
    def query(self, sql: str) -> list[tuple[str, ...]]:
        return []


C = TypeVar("C", bound=SupportsClose)
R = TypeVar("R", bound=Resource)


def closing_later(resource: C, registry: list[SupportsClose]) -> C:
    registry.append(resource)
    return resource


def newest(resources: list[R]) -> R:
    return resources[-1]


cleanup: list[SupportsClose] = []
db = closing_later(Database(), cleanup)
rows = db.query("SELECT 1")
latest = newest([Database(), Database()])
print(rows, latest.query("SELECT 2"))
