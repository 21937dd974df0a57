# Frozen dataclasses as values: built anew instead of changed, hashed, compared.
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Vector:
    x: float
    y: float

    def __add__(self, other: "Vector") -> "Vector":
        return Vector(self.x + other.x, self.y + other.y)

    def scaled(self, k: float) -> "Vector":
        return replace(self, x=self.x * k, y=self.y * k)


@dataclass(frozen=True, order=True)
class Label:
    text: str
    weight: int = 0


origin = Vector(0, 0)
step = Vector(1.5, 2)
path = [origin, origin + step, (origin + step).scaled(2)]
seen: set[Vector] = set(path)
labels = sorted([Label("b", 2), Label("a")])
first: Label = min(labels)
print(len(seen), first.text, labels[0] < labels[1], step.x)
