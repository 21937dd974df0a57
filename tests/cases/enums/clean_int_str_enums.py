# IntEnum and StrEnum members used where ints and strs are expected.
from enum import IntEnum, StrEnum, auto


class HttpStatus(IntEnum):
    OK = 200
    NOT_FOUND = 404
    SERVER_ERROR = 500


class Colour(StrEnum):
    RED = auto()
    GREEN = auto()


def is_error(code: int) -> bool:
    return code >= 400


def shout(text: str) -> str:
    return text.upper() + "!"


codes = sorted([HttpStatus.SERVER_ERROR, HttpStatus.OK])
print(is_error(HttpStatus.NOT_FOUND), HttpStatus.OK + 1, codes[0].value // 100)
print(shout(Colour.RED), Colour.GREEN.value.title(), ",".join(Colour))
print(HttpStatus(404) is HttpStatus.NOT_FOUND, Colour("red") == Colour.RED)
