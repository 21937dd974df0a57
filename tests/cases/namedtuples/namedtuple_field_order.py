# A field without a default cannot follow one with a default.
from typing import NamedTuple


class Row(NamedTuple):
    id: int
    name: str = ""
    score: float  # E: Non-default NamedTuple fields cannot follow default fields  [misc]


class Fine(NamedTuple):
    id: int
    name: str = ""
    score: float = 0.0
