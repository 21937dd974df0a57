# An overloaded __new__: each call is matched against its variants.
from typing import Union, overload


class Money:
    @overload
    def __new__(cls, cents: int) -> "Money": ...
    @overload
    def __new__(cls, amount: str, currency: str) -> "Money": ...
    def __new__(cls, cents: Union[int, str], currency: str = "EUR") -> "Money":  # E: Overloaded function implementation does not accept all possible parameters of signature 2  [misc]
        return super().__new__(cls)


price = Money(1999)
fee = Money("2.50", "USD")
Money(19.99)  # E: No overload variant of "Money" matches argument type "float"  [call-overload]  # N: Possible overload variants:  # N:     def Money(cents: int) -> Money  # N:     def Money(amount: str, currency: str) -> Money
