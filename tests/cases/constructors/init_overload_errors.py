# Calls that match no variant of an overloaded __init__.
from typing import Union, overload


class Rectangle:
    @overload
    def __init__(self, side: int) -> None: ...
    @overload
    def __init__(self, width: int, height: int) -> None: ...
    def __init__(self, width: int, height: Union[int, None] = None) -> None:  # E: Overloaded function implementation does not accept all possible parameters of signature 1  [misc]
        self.width = width
        self.height = width if height is None else height


Rectangle("wide")  # E: No overload variant of "Rectangle" matches argument type "str"  [call-overload]  # N: Possible overload variants:  # N:     def Rectangle(side: int) -> Rectangle  # N:     def Rectangle(width: int, height: int) -> Rectangle
Rectangle(1, 2, 3)  # E: No overload variant of "Rectangle" matches argument types "int", "int", "int"  [call-overload]  # N: Possible overload variants:  # N:     def Rectangle(side: int) -> Rectangle  # N:     def Rectangle(width: int, height: int) -> Rectangle
