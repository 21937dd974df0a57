# The attributes every named tuple class has, typed by its fields.
from typing import NamedTuple


class Entry(NamedTuple):
    key: str
    hits: int = 0


reveal_type(Entry.__match_args__)  # N: Revealed type is "tuple[Literal['key'], Literal['hits']]"
reveal_type(Entry._fields)  # N: Revealed type is "tuple[str, str]"
reveal_type(Entry("a")._fields)  # N: Revealed type is "tuple[str, str]"
reveal_type(Entry._field_defaults)  # N: Revealed type is "dict[str, Any]"
