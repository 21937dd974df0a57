# A read-only property cannot replace an attribute that callers may assign.
class Item:
    name: str = ""
    price: float = 0.0

    def __init__(self) -> None:
        self.tag = "new"
        self.stock = 0


class Special(Item):
    @property
    def name(self) -> str:  # E: Cannot override writeable attribute with read-only property  [override]
        return "special"

    @property
    def tag(self) -> str:  # E: Cannot override writeable attribute with read-only property  [override]
        return "special"

    @property
    def price(self) -> int:  # E: Cannot override writeable attribute with read-only property  [override]  # E: Signature of "price" incompatible with supertype "Item"  [override]  # N:      Superclass:  # N:          float  # N:      Subclass:  # N:          int
        return 1


class Limited(Special):
    @property
    def name(self) -> str:  # E: Cannot override writeable attribute with read-only property  [override]
        return "limited"

    @property
    def stock(self) -> int:
        return 1

    @stock.setter
    def stock(self, value: int) -> None:
        pass
