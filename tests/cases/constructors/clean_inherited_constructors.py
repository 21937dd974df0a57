# Clean: subclasses inherit __init__ and __new__; a __new__ returning its class makes the subclass.
class Shape:
    def __new__(cls, *args: object) -> "Shape":
        return super().__new__(cls)

    def __init__(self, name: str) -> None:
        self.name = name


class Circle(Shape):
    def area(self) -> float:
        return 3.14


class Token:
    def __new__(cls, text: str) -> "Token":
        instance = super().__new__(cls)
        instance.text = text
        return instance

    text: str


class Keyword(Token):
    def is_reserved(self) -> bool:
        return self.text in {"if", "else"}


ring = Circle("ring")
size: float = ring.area()
reserved: bool = Keyword("if").is_reserved()
