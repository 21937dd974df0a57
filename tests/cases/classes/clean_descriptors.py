# Class attributes holding descriptors: reading them through an instance goes
# through __get__, and subclasses may replace them with other descriptors.
from typing import Any


class Positive:
    def __set_name__(self, owner: type, name: str) -> None:
        self.name = "_" + name

    def __get__(self, obj: Any, objtype: Any = None) -> int:
        return getattr(obj, self.name, 0)

    def __set__(self, obj: Any, value: int) -> None:
        setattr(obj, self.name, value)


class Small(Positive):
    pass


class Order:
    quantity = Positive()
    price = Positive()

    def total(self) -> int:
        return self.quantity * self.price + 1


class BulkOrder(Order):
    quantity = Small()

    def __init__(self) -> None:
        self.quantity = 100


order = Order()
order.quantity = 3
print(order.total() + BulkOrder().total())
