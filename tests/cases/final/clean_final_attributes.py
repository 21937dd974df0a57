# Final attributes declared in the class body and in __init__, read freely everywhere.
from typing import Final


class Connection:
    DEFAULT_PORT: Final = 5432
    TIMEOUT: Final[float] = 2.5
    driver: Final[str]

    def __init__(self, host: str, port: int | None = None) -> None:
        self.driver = "postgres"
        self.host: Final = host
        self.port: Final[int] = port if port is not None else self.DEFAULT_PORT
        self.attempts = 0

    def url(self) -> str:
        self.attempts += 1
        return f"{self.driver}://{self.host}:{self.port}"


class ReadOnlyConnection(Connection):
    def url(self) -> str:
        return super().url() + "?readonly=1"


conn = ReadOnlyConnection("db.local")
print(conn.url(), conn.TIMEOUT * 2, Connection.DEFAULT_PORT + 1, conn.host.upper())
