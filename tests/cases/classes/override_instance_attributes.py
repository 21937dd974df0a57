# Attributes a base assigns in __init__ are declared for its subclasses too.
class Account:
    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.balance: int = 0


class Savings(Account):
    balance = 1.5  # E: Incompatible types in assignment (expression has type "float", base class "Account" defined the type as "int")  [assignment]
    owner: int = 0  # E: Incompatible types in assignment (expression has type "int", base class "Account" defined the type as "str")  [assignment]


class Checking(Account):
    def __init__(self) -> None:
        super().__init__("me")
        self.balance = "empty"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
        self.owner = "you"
