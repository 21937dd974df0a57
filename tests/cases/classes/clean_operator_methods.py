# Arithmetic and comparison dunders on a user class.
from functools import total_ordering


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __add__(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents)

    def __sub__(self, other: "Money") -> "Money":
        return Money(self.cents - other.cents)

    def __mul__(self, factor: int) -> "Money":
        return Money(self.cents * factor)

    def __rmul__(self, factor: int) -> "Money":
        return self * factor

    def __lt__(self, other: "Money") -> bool:
        return self.cents < other.cents

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Money) and other.cents == self.cents

    def __hash__(self) -> int:
        return hash(self.cents)

    def __bool__(self) -> bool:
        return self.cents != 0


total = Money(5) + Money(3) - Money(1)
scaled: Money = 3 * total * 2
cheaper: bool = Money(1) < total
same: bool = total == scaled
if total:
    print(total.cents, cheaper, same, {total})
print(total_ordering)
