# Inventory bookkeeping with dicts keyed by str: indexing, get with a
# default, keys/values/items loops and updates by item assignment all
# keep the declared value type.
from typing import Dict


def restock(stock: Dict[str, int], item: str, amount: int) -> int:
    current = stock.get(item, 0)
    stock[item] = current + amount
    return stock[item]


def total_units(stock: Dict[str, int]) -> int:
    total = 0
    for count in stock.values():
        total += count
    return total


def describe(stock: Dict[str, int]) -> str:
    parts: list[str] = []
    for name, count in stock.items():
        parts.append(name + "=" + str(count))
    return ", ".join(parts)


inventory = {"apples": 10, "pears": 4}
restock(inventory, "plums", 7)
restock(inventory, item="apples", amount=3)
names = list(inventory.keys())
print(describe(inventory), total_units(inventory), names, len(inventory))
