# Attributes assigned to self in an annotated method take the assigned value's type.
class Model:
    def __init__(self, name: str, size: int) -> None:
        self.name = name
        self.size = size
        self.tags: list[str] = []
        self.count = 0

    def grow(self) -> int:
        return self.size + self.name  # E: Unsupported operand types for + ("int" and "str")  [operator]

    def label(self) -> str:
        reveal_type(self.name)  # N: Revealed type is "str"
        return self.name.upper()


model = Model("a", 1)
reveal_type(model.name)  # N: Revealed type is "str"
reveal_type(model.count)  # N: Revealed type is "int"
reveal_type(model.tags)  # N: Revealed type is "list[str]"
model.name.uppercase()  # E: "str" has no attribute "uppercase"  [attr-defined]
model.size = "big"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
