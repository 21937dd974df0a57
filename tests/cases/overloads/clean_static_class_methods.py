# Clean: @overload combined with @staticmethod and @classmethod, implementation decorated alike.
from typing import Union, overload


class Color:
    def __init__(self, red: int, green: int, blue: int) -> None:
        self.rgb = (red, green, blue)

    @overload
    @staticmethod
    def clamp(value: int) -> int: ...
    @overload
    @staticmethod
    def clamp(value: float) -> float: ...
    @staticmethod
    def clamp(value: float) -> float:
        return max(0, min(255, value))

    @overload
    @classmethod
    def parse(cls, spec: str) -> "Color": ...
    @overload
    @classmethod
    def parse(cls, spec: tuple[int, int, int]) -> "Color": ...
    @classmethod
    def parse(cls, spec: Union[str, tuple[int, int, int]]) -> "Color":
        if isinstance(spec, str):
            value = int(spec.lstrip("#"), 16)
            return cls(value >> 16, (value >> 8) & 255, value & 255)
        return cls(*spec)


level: int = Color.clamp(300)
ratio: float = Color.clamp(0.5)
teal = Color.parse("#008080")
black = Color.parse((0, 0, 0))
print(teal.rgb, black.rgb)
