# Functional enums with explicit values: pairs, dicts, and IntEnum / StrEnum bases.
from enum import Enum, IntEnum, StrEnum

HttpStatus = IntEnum("HttpStatus", [("OK", 200), ("NOT_FOUND", 404), ("ERROR", 500)])
Method = StrEnum("Method", "GET POST DELETE")
Encoding = Enum("Encoding", {"UTF8": "utf-8", "LATIN1": "latin-1"})


def is_success(status: HttpStatus) -> bool:
    return status.value < 300


def status_line(status: HttpStatus) -> str:
    return f"{status.value} {status.name.replace('_', ' ')}"


def request(method: Method, path: str) -> str:
    verb: str = method.value
    return f"{verb.upper()} {path}"


def decode(payload: bytes, encoding: Encoding = Encoding.UTF8) -> str:
    return payload.decode(encoding.value)


total: int = HttpStatus.OK + HttpStatus.NOT_FOUND
print(is_success(HttpStatus.OK), status_line(HttpStatus(404)), request(Method.GET, "/"))
print(decode(b"abc"), total)
