# super() looks methods up in the classes after the current one, with their types.
class Base:
    def __init__(self, size: int) -> None:
        self.size = size

    def describe(self) -> str:
        return "base"

    def scale(self, factor: int) -> int:
        return self.size * factor


class Child(Base):
    def __init__(self, size: int, name: str) -> None:
        super().__init__(name)  # E: Argument 1 to "__init__" of "Base" has incompatible type "str"; expected "int"  [arg-type]
        self.name = name

    def describe(self) -> str:
        text = super().describe()
        reveal_type(text)  # N: Revealed type is "str"
        return text + 1  # E: Unsupported operand types for + ("str" and "int")  [operator]

    def scale(self, factor: int) -> int:
        return super().scale("2")  # E: Argument 1 to "scale" of "Base" has incompatible type "str"; expected "int"  [arg-type]


class GrandChild(Child):
    def describe(self) -> str:
        reveal_type(super().scale(2))  # N: Revealed type is "int"
        return super().describe()
