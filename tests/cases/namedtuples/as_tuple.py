# A named tuple is a tuple: indexing, slicing, unpacking and tuple types.
from typing import NamedTuple


class Pair(NamedTuple):
    key: str
    value: int


pair = Pair("a", 1)
reveal_type(pair[0])  # N: Revealed type is "str"
reveal_type(pair[1])  # N: Revealed type is "int"
reveal_type(pair[-1])  # N: Revealed type is "int"
reveal_type(pair[0:1])  # N: Revealed type is "tuple[str]"
pair[2]  # E: Tuple index out of range  [misc]
key, value = pair
reveal_type(key)  # N: Revealed type is "str"
reveal_type(value)  # N: Revealed type is "int"
a, b, c = pair  # E: Need more than 2 values to unpack (3 expected)  [misc]
as_tuple: tuple[str, int] = pair
wrong: tuple[int, int] = pair  # E: Incompatible types in assignment (expression has type "Pair", variable has type "tuple[int, int]")  [assignment]
for part in pair:
    reveal_type(part)  # N: Revealed type is "str | int"
reveal_type(len(pair))  # N: Revealed type is "int"
reveal_type(list(pair))  # N: Revealed type is "list[object]"
reveal_type(set(Pair("b", 2)))  # N: Revealed type is "set[object]"
reveal_type(sorted([pair, Pair("c", 3)]))  # N: Revealed type is "list[tuple[str, int, fallback=as_tuple.Pair]]"
