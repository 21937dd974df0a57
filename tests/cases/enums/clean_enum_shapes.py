# Enum forms beyond the plain class: the functional API, mixins, member-less bases.
from enum import Enum, IntEnum


Color = Enum("Color", "RED GREEN")
Size = IntEnum("Size", ["SMALL", "LARGE"])


class Token(str, Enum):
    PLUS = "+"
    MINUS = "-"


class Describable(Enum):
    def describe(self) -> str:
        return f"{self.name}={self.value}"


class Answer(Describable):
    YES = 1
    NO = 0


class Config(Enum):
    _ignore_ = ["helper"]
    DEBUG = "debug"
    RELEASE = "release"

    def __str__(self) -> str:
        return self.value


def apply(token: Token, left: int, right: int) -> int:
    return left + right if token is Token.PLUS else left - right


print(Color.RED, Size.SMALL, apply(Token.MINUS, 3, 1), Token.PLUS.upper())
print(Answer.YES.describe(), Answer(0).describe(), str(Config.DEBUG), Config("release").name)
