# __init__ must be declared to return None.
class Account:
    def __init__(self, owner: str) -> bool:  # E: The return type of "__init__" must be None  [misc]
        self.owner = owner
        return True


class Ledger:
    def __init__(self) -> None:
        self.entries: list[int] = []
