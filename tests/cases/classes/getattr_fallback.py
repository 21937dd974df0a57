# A class with __getattr__ answers any attribute with its return type.
class Proxy:
    def __init__(self, target: object) -> None:
        self._target = target

    def __getattr__(self, name: str) -> int:
        return 0

    def real(self) -> str:
        return ""


p = Proxy(1)
reveal_type(p.anything)  # N: Revealed type is "int"
reveal_type(p.real())  # N: Revealed type is "str"
p.anything + "x"  # E: Unsupported operand types for + ("int" and "str")  [operator]


class Plain:
    def real(self) -> str:
        return ""


Plain().anything  # E: "Plain" has no attribute "anything"  [attr-defined]
