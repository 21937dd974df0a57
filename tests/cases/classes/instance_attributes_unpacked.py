# Attributes assigned by unpacking in a method are declared, with the unpacked types.
class Pair:
    def __init__(self, text: str) -> None:
        self.left, self.right = text.split(",", 1)
        [self.a, *self.rest] = [1, 2, 3]

    def swap(self) -> str:
        return self.right + self.left


p = Pair("a,b")
reveal_type(p.left)  # N: Revealed type is "str"
reveal_type(p.rest)  # N: Revealed type is "list[int]"
p.missing  # E: "Pair" has no attribute "missing"  [attr-defined]
