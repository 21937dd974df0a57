# The class attributes a dataclass gets: __match_args__ and __dataclass_fields__.
from dataclasses import InitVar, dataclass, field


@dataclass
class Point:
    x: int
    y: str = ""
    z: int = field(init=False, default=0)


@dataclass(kw_only=True)
class Options:
    verbose: bool


@dataclass
class Scaled:
    value: int
    factor: InitVar[int] = 1

    def __post_init__(self, factor: int) -> None:
        self.value *= factor


reveal_type(Point.__match_args__)  # N: Revealed type is "tuple[Literal['x'], Literal['y']]"
reveal_type(Options.__match_args__)  # N: Revealed type is "tuple[()]"
reveal_type(Point.__dataclass_fields__)  # N: Revealed type is "dict[str, dataclasses.Field[Any]]"
reveal_type(Scaled.__init__)  # N: Revealed type is "def (self: generated_attributes.Scaled, value: int, factor: int =)"
Scaled(1, "2")  # E: Argument 2 to "Scaled" has incompatible type "str"; expected "int"  [arg-type]
