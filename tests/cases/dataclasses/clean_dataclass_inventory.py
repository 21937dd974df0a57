# An inventory built from dataclasses: defaults, factories, methods and properties.
from dataclasses import dataclass, field


@dataclass
class Item:
    sku: str
    name: str
    price: float
    quantity: int = 0
    tags: set[str] = field(default_factory=set)

    @property
    def value(self) -> float:
        return self.price * self.quantity

    def restock(self, amount: int) -> None:
        self.quantity += amount


@dataclass
class Inventory:
    items: dict[str, Item] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)

    def add(self, item: Item) -> None:
        self.items[item.sku] = item
        self.log.append(f"added {item.name}")

    def total(self) -> float:
        return sum(item.value for item in self.items.values())

    def find(self, sku: str) -> Item | None:
        return self.items.get(sku)


inventory = Inventory()
inventory.add(Item("a1", "apple", 0.5, 10, {"fruit"}))
inventory.add(Item(sku="b2", name="bread", price=2.0))
found = inventory.find("a1")
if found is not None:
    found.restock(5)
    found.tags.add("fresh")
    print(found.name.upper(), found.quantity + 1)
print(round(inventory.total(), 2))
