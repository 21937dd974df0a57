# The fields of a frozen dataclass are read-only, through subclasses too.
from dataclasses import dataclass


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"

    def doubled(self) -> "Money":
        return Money(self.amount * 2, self.currency)


m = Money(10)
m.amount = 20  # E: Property "amount" defined in "Money" is read-only  [misc]
m.currency = "USD"  # E: Property "currency" defined in "Money" is read-only  [misc]
reveal_type(m.amount)  # N: Revealed type is "int"


class Coins(Money):
    pass


c = Coins(5)
c.amount = 1  # E: Property "amount" defined in "Money" is read-only  [misc]


@dataclass(frozen=True)
class Priced(Money):
    vat: int = 0


p = Priced(1, "EUR", 20)
p.amount = 2  # E: Property "amount" defined in "Priced" is read-only  [misc]
p.vat = 10  # E: Property "vat" defined in "Priced" is read-only  [misc]


@dataclass
class Mutable:
    value: int


mut = Mutable(1)
mut.value = 2
mut.value = "two"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
