# What a NamedTuple body may hold: fields (not underscored), methods, a docstring.
from typing import NamedTuple


class Record(NamedTuple):
    """A record."""

    id: int
    _secret: str = ""  # E: NamedTuple field name cannot start with an underscore: _secret  [misc]
    kind = "plain"  # E: Invalid statement in NamedTuple definition; expected "field_name: field_type [= default]"  [misc]

    class Meta:  # E: Invalid statement in NamedTuple definition; expected "field_name: field_type [= default]"  [misc]
        pass

    def describe(self) -> str:
        return f"{self.id}"


class Fine(NamedTuple):
    id: int
    ...

    @property
    def doubled(self) -> int:
        return self.id * 2

    @staticmethod
    def make() -> "Fine":
        return Fine(1)


reveal_type(Fine.make().doubled)  # N: Revealed type is "int"
