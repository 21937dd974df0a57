# A dataclass that writes its own __init__, or disables the generated one.
from dataclasses import dataclass, field


@dataclass
class Temperature:
    celsius: float

    def __init__(self, text: str) -> None:
        self.celsius = float(text.rstrip("C"))


@dataclass(init=False)
class Settings:
    values: dict[str, str]

    def __init__(self, **values: str) -> None:
        self.values = values


@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self) -> None:
        self.area = self.width * self.height


t = Temperature("21.5C")
s = Settings(mode="fast", level="2")
r = Rectangle(2, 3.5)
print(t.celsius + 1, s.values["mode"], r.area)
