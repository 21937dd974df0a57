# In a finally block, a variable assigned in the try body may still hold what it held
# before (the body may have stopped anywhere); after the statement, the normal exit's
# narrowing holds again.
from typing import Optional


class Connection:
    def __init__(self, host: str) -> None:
        self.host = host

    def request(self, path: str) -> bytes:
        return f"GET {path}".encode()

    def close(self) -> None:
        print("closed", self.host)


def fetch(host: str) -> bytes:
    connection: Optional[Connection] = None
    try:
        connection = Connection(host)
        return connection.request("/")
    finally:
        reveal_type(connection)  # N: Revealed type is "try_finally_flow.Connection | None"
        connection.close()  # E: Item "None" of "Connection | None" has no attribute "close"  [union-attr]


def parse_all(lines: list[str]) -> list[int]:
    result: Optional[list[int]] = None
    try:
        result = [int(line) for line in lines]
    finally:
        print("parsed" if result is not None else "failed")
    reveal_type(result)  # N: Revealed type is "list[int]"
    return result


def cleanup(path: str) -> str:
    handle = None
    try:
        handle = open(path)
        return handle.read()
    finally:
        if handle is not None:
            handle.close()
