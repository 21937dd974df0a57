# Flag members combine with |, & and ~ into the same Flag type.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()


class Bits(IntFlag):
    ONE = 1
    TWO = 2


both = Perm.READ | Perm.WRITE
reveal_type(both)  # N: Revealed type is "flags.Perm"
reveal_type(Perm.READ & Perm.WRITE)  # N: Revealed type is "flags.Perm"
reveal_type(~Perm.EXECUTE)  # N: Revealed type is "flags.Perm"
reveal_type(Perm.READ in both)  # N: Revealed type is "bool"
reveal_type(Perm.READ.value)  # N: Revealed type is "int"
reveal_type(Bits.ONE | Bits.TWO)  # N: Revealed type is "flags.Bits"
wrong: str = both  # E: Incompatible types in assignment (expression has type "Perm", variable has type "str")  [assignment]
bad = Perm.READ | 1  # E: Unsupported operand types for | ("Perm" and "int")  [operator]


def inspect(perm: Perm, bits: Bits) -> None:
    reveal_type(perm.name)  # N: Revealed type is "str | None"
    reveal_type(perm.value)  # N: Revealed type is "int"
    reveal_type(bits.value)  # N: Revealed type is "int"
    reveal_type(bits.name)  # N: Revealed type is "str | None"


reveal_type(Perm.WRITE.name)  # N: Revealed type is "Literal['WRITE']?"
reveal_type(Bits.TWO.value)  # N: Revealed type is "int"
reveal_type(Bits.TWO.name)  # N: Revealed type is "Literal['TWO']?"
