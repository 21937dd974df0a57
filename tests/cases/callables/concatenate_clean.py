# Concatenate: a decorator that supplies the first argument itself, so callers pass
# only the rest.
import sqlite3
from typing import Callable, Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def with_connection(func: Callable[Concatenate[sqlite3.Connection, P], R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        connection = sqlite3.connect(":memory:")
        try:
            return func(connection, *args, **kwargs)
        finally:
            connection.close()

    return wrapper


@with_connection
def count_rows(connection: sqlite3.Connection, table: str) -> int:
    row = connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
    return int(row[0])


@with_connection
def table_names(connection: sqlite3.Connection) -> list[str]:
    return [str(row[0]) for row in connection.execute("SELECT name FROM sqlite_master")]


rows: int = count_rows("users")
names: list[str] = table_names()
reveal_type(count_rows)  # N: Revealed type is "def (table: str) -> int"
