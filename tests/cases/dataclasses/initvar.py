# InitVar fields are constructor parameters, handed to __post_init__.
from dataclasses import InitVar, dataclass, field


@dataclass
class Scaled:
    base: int
    factor: InitVar[int]
    value: int = field(init=False)

    def __post_init__(self, factor: int) -> None:
        self.value = self.base * factor


Scaled(2, 3)
Scaled(2, "3")  # E: Argument 2 to "Scaled" has incompatible type "str"; expected "int"  [arg-type]
Scaled(2)  # E: Missing positional argument "factor" in call to "Scaled"  [call-arg]
reveal_type(Scaled.__init__)  # N: Revealed type is "def (self: initvar.Scaled, base: int, factor: int)"
reveal_type(Scaled(1, 2).value)  # N: Revealed type is "int"
