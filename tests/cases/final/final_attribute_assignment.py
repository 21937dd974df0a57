# Assigning final attributes after their declaration, on instances, classes and self.
from typing import Final


class Account:
    CURRENCY: Final = "EUR"
    LIMIT: Final[int] = 1000

    def __init__(self, owner: str) -> None:
        self.owner: Final = owner
        self.balance = 0

    def rename(self, owner: str) -> None:
        self.owner = owner  # E: Cannot assign to final attribute "owner"  [misc]

    def raise_limit(self) -> None:
        self.LIMIT = 2000  # E: Cannot assign to final attribute "LIMIT"  [misc]


account = Account("ada")
account.owner = "alan"  # E: Cannot assign to final attribute "owner"  [misc]
account.balance = 10
Account.CURRENCY = "USD"  # E: Cannot assign to final attribute "CURRENCY"  [misc]
account.LIMIT += 1  # E: Cannot assign to final attribute "LIMIT"  [misc]
