# Unannotated overrides are not checked, and neither are __init__, __new__ and
# private names.
class Widget:
    def __init__(self, size: int) -> None:
        self.size = size

    def render(self, width: int) -> str:
        return ""

    def __secret(self) -> int:
        return 1


class Button(Widget):
    def __init__(self, label: str, size: int = 1) -> None:
        super().__init__(size)
        self.label = label

    def render(self, width, height, depth):
        return 0

    def __secret(self) -> str:
        return ""


Button("ok").render(1, 2, 3)
