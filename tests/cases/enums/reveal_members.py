# reveal_type shows an enum member, and a member's value and name, as the literal it is
# known to hold (mypy's trailing "?").
from enum import Enum, IntEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Mixed(Enum):
    NUMBER = 1
    WORD = "word"
    LATER = auto()


class Code(IntEnum):
    OK = 200
    MISSING = 404


reveal_type(Color.RED)  # N: Revealed type is "Literal[reveal_members.Color.RED]?"
reveal_type(Color.RED.value)  # N: Revealed type is "Literal[1]?"
reveal_type(Color.GREEN.name)  # N: Revealed type is "Literal['GREEN']?"
reveal_type(Mixed.WORD.value)  # N: Revealed type is "Literal['word']?"
reveal_type(Mixed.LATER.value)  # N: Revealed type is "int"
reveal_type(Code.MISSING)  # N: Revealed type is "Literal[reveal_members.Code.MISSING]?"
reveal_type(Code.OK.value)  # N: Revealed type is "Literal[200]?"


def show(color: Color, mixed: Mixed, code: Code) -> None:
    reveal_type(color)  # N: Revealed type is "reveal_members.Color"
    reveal_type(color.value)  # N: Revealed type is "Literal[1]? | Literal[2]? | Literal[3]?"
    reveal_type(color.name)  # N: Revealed type is "str"
    reveal_type(mixed.value)  # N: Revealed type is "Any"
    reveal_type(code.value)  # N: Revealed type is "Literal[200]? | Literal[404]?"


current = Color.BLUE
reveal_type(current)  # N: Revealed type is "reveal_members.Color"
reveal_type(1)  # N: Revealed type is "Literal[1]?"
reveal_type("text")  # N: Revealed type is "Literal['text']?"
