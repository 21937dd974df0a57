# Enums with methods, properties, class methods and values of several shapes.
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass: float, radius: float) -> None:
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self) -> float:
        return 6.673e-11 * self.mass / (self.radius * self.radius)

    @classmethod
    def heaviest(cls) -> "Planet":
        return max(cls, key=lambda p: p.mass)


class Suit(Enum):
    HEARTS = "h"
    SPADES = "s"

    def symbol(self) -> str:
        return {"h": "H", "s": "S"}[self.value]

    @staticmethod
    def parse(text: str) -> "Suit":
        return Suit(text)


weight: float = Planet.EARTH.gravity * 70
big = Planet.heaviest()
print(weight, big.name, Suit.parse("h").symbol(), Suit.SPADES.value.upper())
