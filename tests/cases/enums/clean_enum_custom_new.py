# Enums that build their members in __new__ or __init__, with private and ignored names.
from enum import Enum


class Unit(Enum):
    _ignore_ = ["scale"]
    METRE = ("m", 1.0)
    INCH = ("in", 0.0254)
    scale = 2

    def __new__(cls, symbol: str, factor: float) -> "Unit":
        member = object.__new__(cls)
        member._value_ = symbol
        return member

    def __init__(self, symbol: str, factor: float) -> None:
        self.factor = factor


class Level(Enum):
    LOW = 1
    _HIDDEN = 0

    @classmethod
    def lowest(cls) -> "Level":
        return cls._HIDDEN


class Factory:
    def __new__(cls, size: int) -> "Factory":
        instance = super().__new__(cls)
        instance.size = size
        return instance

    size: int


inches: float = 10 / Unit.INCH.factor
print(inches, Unit.METRE.value, Level.lowest().name, Factory(3).size)
