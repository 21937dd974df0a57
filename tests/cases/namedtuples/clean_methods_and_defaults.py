# Named tuples with methods, properties, class methods and defaults.
from typing import NamedTuple


class Money(NamedTuple):
    amount: int
    currency: str = "EUR"

    @property
    def is_zero(self) -> bool:
        return self.amount == 0

    @classmethod
    def parse(cls, text: str) -> "Money":
        number, currency = text.split()
        return cls(int(number), currency)

    def add(self, other: "Money") -> "Money":
        return self._replace(amount=self.amount + other.amount)

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"


wallet = Money(5).add(Money.parse("10 EUR"))
fields: tuple[str, ...] = Money._fields
again = Money._make([1, "USD"])
print(str(wallet), wallet.is_zero, fields, again.currency.lower(), Money._field_defaults)
