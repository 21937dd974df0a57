# Decorated methods: the decorator sees the function with `self`; the bound method keeps
# the remaining parameters.
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def traced(func: Callable[P, R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print("->", func.__name__)
        return func(*args, **kwargs)

    return wrapper


class Inventory:
    def __init__(self) -> None:
        self.stock: dict[str, int] = {}

    @traced
    def add(self, sku: str, quantity: int = 1) -> int:
        self.stock[sku] = self.stock.get(sku, 0) + quantity
        return self.stock[sku]

    @traced
    def remove(self, sku: str) -> None:
        self.stock.pop(sku, None)

    @staticmethod
    @traced
    def normalize(sku: str) -> str:
        return sku.upper()


inventory = Inventory()
count: int = inventory.add("A-1", quantity=3)
inventory.remove(Inventory.normalize("a-1"))
reveal_type(inventory.add)  # N: Revealed type is "def (sku: str, quantity: int =) -> int"
