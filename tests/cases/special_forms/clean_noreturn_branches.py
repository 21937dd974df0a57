# NoReturn and Never functions end their branch, so narrowed types hold after them: clean.
import sys
from typing import NoReturn, Never


def fail(message: str) -> NoReturn:
    print(message, file=sys.stderr)
    raise SystemExit(2)


def unreachable(value: Never) -> Never:
    raise AssertionError(f"unexpected {value!r}")


def parse_port(text: str | None) -> int:
    if text is None:
        fail("missing port")
    if not text.isdigit():
        fail(f"not a number: {text}")
    return int(text)


def scheme_port(scheme: str) -> int:
    if scheme == "http":
        port = 80
    elif scheme == "https":
        port = 443
    else:
        fail(f"unknown scheme {scheme}")
    return port


def level_name(level: bool) -> str:
    if level is True:
        return "on"
    elif level is False:
        return "off"
    else:
        unreachable(level)


print(parse_port("8080"), scheme_port("https"), level_name(True))
