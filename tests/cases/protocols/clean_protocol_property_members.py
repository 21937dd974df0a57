# Protocol properties met by plain attributes, properties and dataclass fields: all clean.
from dataclasses import dataclass
from typing import Protocol


class Priced(Protocol):
    @property
    def price(self) -> float: ...

    @property
    def currency(self) -> str: ...


@dataclass
class Book:
    title: str
    price: float
    currency: str = "EUR"


class Subscription:
    currency = "USD"

    def __init__(self, monthly: float) -> None:
        self.monthly = monthly

    @property
    def price(self) -> float:
        return self.monthly * 12


def total(items: list[Priced]) -> dict[str, float]:
    sums: dict[str, float] = {}
    for item in items:
        sums[item.currency] = sums.get(item.currency, 0.0) + item.price
    return sums


def cheapest(first: Priced, second: Priced) -> Priced:
    return first if first.price <= second.price else second


print(total([Book("Dune", 9.99), Subscription(4.5)]))
print(cheapest(Book("Emma", 5.0), Subscription(1.0)).currency)
