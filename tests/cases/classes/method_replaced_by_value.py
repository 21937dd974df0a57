# A class attribute that replaces a base method with a value that cannot be
# called, such as __hash__ = None, is checked against the bound method.
class Record:
    def __init__(self, key: str) -> None:
        self.key = key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Record) and other.key == self.key

    __hash__ = None  # E: Incompatible types in assignment (expression has type "None", base class "object" defined the type as "Callable[[], int]")  [assignment]


class Base:
    def describe(self) -> str:
        return ""

    def size(self) -> int:
        return 0


class Child(Base):
    describe = "fixed"  # E: Incompatible types in assignment (expression has type "str", base class "Base" defined the type as "Callable[[], str]")  [assignment]
    size = None  # E: Incompatible types in assignment (expression has type "None", base class "Base" defined the type as "Callable[[], int]")  [assignment]
