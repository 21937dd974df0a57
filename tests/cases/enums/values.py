# .value is the member's value: its own where the member is known, else what every member
# holds (Any when they differ).
from enum import Enum, IntEnum, StrEnum, auto


class Level(Enum):
    LOW = 1
    HIGH = 10


class Mixed(Enum):
    NUMBER = 1
    WORD = "word"


class Step(Enum):
    FIRST = auto()
    SECOND = auto()


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


class Code(IntEnum):
    OK = 200
    MISSING = 404


def levels(level: Level, mixed: Mixed, step: Step, mode: Mode, code: Code) -> None:
    text: str = level.value  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
    anything: str = mixed.value
    word: str = Mixed.WORD.value
    number: str = Mixed.NUMBER.value  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
    first: str = step.value  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
    reveal_type(mode.value)  # N: Revealed type is "str"
    name: int = level.name  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
    reveal_type(level.name)  # N: Revealed type is "str"
    reveal_type(Level.HIGH.value + 1)  # N: Revealed type is "int"
