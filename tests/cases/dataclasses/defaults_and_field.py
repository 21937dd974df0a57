# field(): defaults, default factories, and fields the constructor does not take.
from dataclasses import dataclass, field


@dataclass
class Basket:
    owner: str
    items: list[str] = field(default_factory=list)
    total: float = field(default=0.0)
    id: int = field(init=False)
    notes: dict[str, str] = field(default_factory=dict, repr=False)


Basket("ann")
Basket("ann", ["apple"], 2.5)
Basket("ann", id=3)  # E: Unexpected keyword argument "id" for "Basket"  [call-arg]
Basket("ann", total="free")  # E: Argument "total" to "Basket" has incompatible type "str"; expected "float"  [arg-type]
Basket("ann", items=[1, 2])  # E: List item 0 has incompatible type "int"; expected "str"  [list-item]  # E: List item 1 has incompatible type "int"; expected "str"  [list-item]
Basket(owner=5)  # E: Argument "owner" to "Basket" has incompatible type "int"; expected "str"  [arg-type]

b = Basket("bob")
reveal_type(b.items)  # N: Revealed type is "list[str]"
reveal_type(b.id)  # N: Revealed type is "int"
reveal_type(Basket.__init__)  # N: Revealed type is "def (self: defaults_and_field.Basket, owner: str, items: list[str] =, total: float =, notes: dict[str, str] =)"
b.items.append(3)  # E: Argument 1 to "append" of "list" has incompatible type "int"; expected "str"  [arg-type]
