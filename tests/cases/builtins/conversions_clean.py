# int(), float(), str() and bool() build a value of their own type from
# almost anything: int() parses a str in a given base, float() accepts
# ints and strings, str() and bool() accept any object.
from typing import List, Optional


def parse_port(text: str) -> int:
    return int(text.strip())


def parse_hex(text: str) -> int:
    return int(text, 16)


def truncate(value: float) -> int:
    return int(value)


def ratio(text: str, total: int) -> float:
    return float(text) / float(total)


def describe(values: List[Optional[int]]) -> str:
    return ", ".join(str(v) for v in values)


def is_set(value: Optional[str]) -> bool:
    return bool(value)


def flags(values: List[int]) -> List[bool]:
    return [bool(v) for v in values]


print(parse_port(" 80 "), parse_hex("ff"), truncate(2.7), ratio("1.5", 3))
print(describe([1, None]), is_set(""), flags([0, 1]), int(True), float("inf"), str(b"x"), int())
