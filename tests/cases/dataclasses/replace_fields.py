# dataclasses.replace takes the dataclass's fields by keyword.
import dataclasses
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass
class Account:
    owner: str
    balance: float = 0.0


@dataclass
class Box(Generic[T]):
    item: T


account = Account("ann")
reveal_type(replace(account, balance=10))  # N: Revealed type is "replace_fields.Account"
replace(account, balance="lots")  # E: Argument "balance" to "replace" of "Account" has incompatible type "str"; expected "float"  [arg-type]
replace(account, currency="EUR")  # E: Unexpected keyword argument "currency" for "replace" of "Account"  [call-arg]
dataclasses.replace(account, owner=None)  # E: Argument "owner" to "replace" of "Account" has incompatible type "None"; expected "str"  [arg-type]
replace(Box(1), item="x")  # E: Argument "item" to "replace" of "Box[int]" has incompatible type "str"; expected "int"  [arg-type]
reveal_type(replace(Box("a"), item="b"))  # N: Revealed type is "replace_fields.Box[str]"
