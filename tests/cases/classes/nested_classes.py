# Nested classes are attributes of their outer class, with their own members.
class Outer:
    class Inner:
        size: int = 0

        def grow(self) -> int:
            return self.size + 1

    def make(self) -> "Outer.Inner":
        return Outer.Inner()


inner = Outer().make()
reveal_type(inner)  # N: Revealed type is "nested_classes.Outer.Inner"
reveal_type(inner.grow())  # N: Revealed type is "int"
reveal_type(Outer.Inner.size)  # N: Revealed type is "int"
inner.shrink()  # E: "Inner" has no attribute "shrink"  [attr-defined]
Outer.Missing  # E: "type[Outer]" has no attribute "Missing"  [attr-defined]
inner.size = "big"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
