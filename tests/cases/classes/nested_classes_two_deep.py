# Classes nested two deep keep their full name: their methods, attributes and
# overrides are their own.
class Outer:
    class Mid:
        class Inner:
            def __init__(self) -> None:
                self.v = 1

            def get(self) -> int:
                return self.v

        def make(self) -> "Outer.Mid.Inner":
            return Outer.Mid.Inner()


class Base:
    def f(self) -> int:
        return 0


class O2:
    class M2:
        class Sub(Base):
            def f(self) -> str:  # E: Return type "str" of "f" incompatible with return type "int" in supertype "Base"  [override]
                return ""


reveal_type(Outer.Mid().make().get())  # N: Revealed type is "int"
Outer.Mid.Inner().nope  # E: "Inner" has no attribute "nope"  [attr-defined]
