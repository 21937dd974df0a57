# Too many or too few arguments, and unknown keywords, in constructor calls.
class Order:
    def __init__(self, item: str, quantity: int = 1) -> None:
        self.item = item
        self.quantity = quantity


class Empty:
    pass


Order()  # E: Missing positional argument "item" in call to "Order"  [call-arg]
Order("tea", 2, "extra")  # E: Too many arguments for "Order"  [call-arg]
Order("tea", amount=2)  # E: Unexpected keyword argument "amount" for "Order"  [call-arg]
Empty(1)  # E: Too many arguments for "Empty"  [call-arg]
