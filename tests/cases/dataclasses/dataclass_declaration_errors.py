# mypy's errors about a dataclass declaration: frozen inheritance, ordering methods,
# field() defaults against the annotation, InitVar fields that are no attributes.
from dataclasses import InitVar, dataclass, field


@dataclass(frozen=True)
class Frozen:
    a: int


@dataclass
class Thawed(Frozen):  # E: Non-frozen dataclass cannot inherit from a frozen dataclass  [misc]
    b: int


@dataclass
class Plain:
    a: int


@dataclass(frozen=True)
class Iced(Plain):  # E: Frozen dataclass cannot inherit from a non-frozen dataclass  [misc]
    b: int


@dataclass(order=True)
class Ranked:
    score: int

    def __lt__(self, other: "Ranked") -> bool:  # E: You may not have a custom "__lt__" method when "order" is True  [misc]
        return self.score > other.score


@dataclass
class Defaults:
    count: int = field(default="none")  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
    names: list[int] = field(default_factory=lambda: ["a"])  # E: List item 0 has incompatible type "str"; expected "int"  [list-item]
    flags: dict[str, bool] = field(default_factory=dict)
    label: str = field(default="x", repr=False)


@dataclass
class Scaled:
    base: int
    factor: InitVar[int] = 1


Scaled(1).factor  # E: "Scaled" has no attribute "factor"  [attr-defined]
