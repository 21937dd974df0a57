# Literal parameters narrowed branch by branch: every return fits its declared type.
from typing import Literal

Method = Literal["GET", "POST", "DELETE"]
Level = Literal[0, 1, 2]


def is_safe(method: Method) -> bool:
    if method == "GET":
        return True
    return False


def describe(method: Method) -> str:
    if method in ("POST", "DELETE"):
        return "changes state"
    return "reads"


def only_get(method: Method) -> Literal["GET"] | None:
    if method == "GET":
        return method
    return None


def louder(level: Level) -> Literal[1, 2]:
    if level == 0:
        return 1
    return level


def handle(method: Method, level: Level) -> str:
    if method != "DELETE" and level != 0:
        kept: Literal["GET", "POST"] = method
        return kept.lower()
    return describe(method)


print(is_safe("GET"), describe("POST"), only_get("DELETE"), louder(0), handle("GET", 2))
