# Instances with __call__ are callables.
from typing import Callable


class Multiplier:
    def __init__(self, factor: int) -> None:
        self.factor = factor

    def __call__(self, value: int) -> int:
        return value * self.factor


def apply(func: Callable[[int], int], value: int) -> int:
    return func(value)


double = Multiplier(2)
result: int = double(4)
print(apply(double, 3), result)
