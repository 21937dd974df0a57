# Clean: overloaded instance methods, each with `self`, and their implementation.
from typing import Optional, Union, overload


class Inventory:
    def __init__(self) -> None:
        self.stock: dict[str, int] = {}

    @overload
    def quantity(self, sku: str) -> int: ...
    @overload
    def quantity(self, sku: list[str]) -> list[int]: ...
    def quantity(self, sku: Union[str, list[str]]) -> Union[int, list[int]]:
        if isinstance(sku, str):
            return self.stock.get(sku, 0)
        return [self.stock.get(item, 0) for item in sku]

    @overload
    def find(self, sku: str) -> Optional[int]: ...
    @overload
    def find(self, sku: str, default: int) -> int: ...
    def find(self, sku: str, default: Optional[int] = None) -> Optional[int]:
        return self.stock.get(sku, default)


shop = Inventory()
apples: int = shop.quantity("apple")
fruit: list[int] = shop.quantity(["apple", "pear"])
maybe: Optional[int] = shop.find("kiwi")
surely: int = shop.find("kiwi", 0)
