# A final dataclass is still read as a dataclass, however final is written.
import typing
from dataclasses import dataclass
from typing import final


@final
@dataclass
class Point:
    x: int


@typing.final
@dataclass(frozen=True)
class Token:
    text: str


Point("one")  # E: Argument 1 to "Point" has incompatible type "str"; expected "int"  [arg-type]
Token(1)  # E: Argument 1 to "Token" has incompatible type "int"; expected "str"  [arg-type]
Token("a").text = "b"  # E: Property "text" defined in "Token" is read-only  [misc]
