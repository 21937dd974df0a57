# An order pipeline mixing dataclasses, enums and named tuples.
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Iterable, NamedTuple, Optional


class Status(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    CANCELLED = auto()


class LineItem(NamedTuple):
    sku: str
    quantity: int
    unit_price: float

    @property
    def total(self) -> float:
        return self.quantity * self.unit_price


@dataclass
class Order:
    id: int
    customer: str
    items: list[LineItem] = field(default_factory=list)
    status: Status = Status.NEW
    note: Optional[str] = None

    def total(self) -> float:
        return sum(item.total for item in self.items)

    def advance(self) -> None:
        if self.status is Status.NEW:
            self.status = Status.PAID
        elif self.status is Status.PAID:
            self.status = Status.SHIPPED


@dataclass(frozen=True)
class Summary:
    count: int
    revenue: float
    by_status: dict[Status, int]


def summarise(orders: Iterable[Order]) -> Summary:
    by_status: dict[Status, int] = {status: 0 for status in Status}
    revenue = 0.0
    count = 0
    for order in orders:
        count += 1
        by_status[order.status] += 1
        if order.status is not Status.CANCELLED:
            revenue += order.total()
    return Summary(count, revenue, by_status)


orders = [
    Order(1, "ann", [LineItem("a", 2, 1.5), LineItem("b", 1, 10.0)]),
    Order(2, "bob", note="gift"),
]
orders[0].advance()
orders[1].status = Status.CANCELLED
summary = summarise(orders)
sku, quantity, price = orders[0].items[0]
print(summary.revenue, summary.by_status[Status.PAID], sku, quantity * price)
print(sorted(orders, key=lambda o: o.total())[0].customer.title())
