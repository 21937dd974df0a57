# Methods returning Self return the receiver's type; the body must return Self.
from typing import Self


class Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def add(self, part: str) -> Self:
        self.parts.append(part)
        return self

    def fresh(self) -> Self:
        return Builder()  # E: Incompatible return value type (got "Builder", expected "Self")  [return-value]

    @classmethod
    def create(cls) -> Self:
        return cls()


class HtmlBuilder(Builder):
    def tag(self, name: str) -> Self:
        return self.add(name)


html = HtmlBuilder().add("a").tag("b")
reveal_type(html)  # N: Revealed type is "self_type_errors.HtmlBuilder"
reveal_type(HtmlBuilder.create())  # N: Revealed type is "self_type_errors.HtmlBuilder"
reveal_type(Builder().add("x"))  # N: Revealed type is "self_type_errors.Builder"
html.add(1)  # E: Argument 1 to "add" of "Builder" has incompatible type "int"; expected "str"  [arg-type]
number: int = HtmlBuilder.create()  # E: Incompatible types in assignment (expression has type "HtmlBuilder", variable has type "int")  [assignment]
