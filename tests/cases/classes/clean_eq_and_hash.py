# __eq__ taking object, as object's does, and __hash__ returning int.
class Key:
    def __init__(self, parts: tuple[str, ...]) -> None:
        self.parts = parts

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Key):
            return NotImplemented
        return self.parts == other.parts

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(self.parts)

    def __repr__(self) -> str:
        return f"Key({self.parts!r})"

    def __str__(self) -> str:
        return "/".join(self.parts)


seen = {Key(("a",)), Key(("a", "b"))}
print(Key(("a",)) in seen, Key(()) != Key(()), str(Key(("x",))))
