# super().__init__ with keyword arguments, defaults and *args passed through.
from typing import Any


class Widget:
    def __init__(self, name: str, *, width: int = 10, visible: bool = True) -> None:
        self.name = name
        self.width = width
        self.visible = visible


class Button(Widget):
    def __init__(self, label: str, **options: Any) -> None:
        super().__init__(label, **options)
        self.label = label


class Toggle(Button):
    def __init__(self, label: str, on: bool = False) -> None:
        super().__init__(label, width=4, visible=on)
        self.on = on

    def flip(self) -> bool:
        self.on = not self.on
        return self.on


toggle = Toggle("power")
print(toggle.flip(), toggle.width + 1, toggle.name.upper())
