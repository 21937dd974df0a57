# super() calls through a chain of classes, with arguments of the right types.
class Base:
    def __init__(self, name: str) -> None:
        self.name = name

    def describe(self) -> str:
        return self.name

    @classmethod
    def kind(cls) -> str:
        return "base"


class Middle(Base):
    def __init__(self, name: str, level: int) -> None:
        super().__init__(name)
        self.level = level

    def describe(self) -> str:
        return super().describe() + str(self.level)


class Leaf(Middle):
    def __init__(self) -> None:
        super().__init__("leaf", 3)

    def describe(self) -> str:
        text: str = super().describe()
        return text.upper()

    @classmethod
    def kind(cls) -> str:
        return super().kind() + "/leaf"


print(Leaf().describe(), Leaf.kind())
