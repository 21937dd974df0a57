# With a setter, an assignment must fit the setter's parameter.
class Account:
    def __init__(self) -> None:
        self._owner = ""
        self._limit = 0

    @property
    def owner(self) -> str:
        return self._owner

    @owner.setter
    def owner(self, value: str) -> None:
        self._owner = value

    @property
    def limit(self) -> int:
        return self._limit

    @limit.setter
    def limit(self, value: int) -> None:
        self._limit = value


account = Account()
account.owner = "ann"
account.owner = 3  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
account.limit = 10
account.limit = "high"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
reveal_type(account.owner)  # N: Revealed type is "str"
reveal_type(account.limit)  # N: Revealed type is "int"
