# A lone @overload: with an implementation after it, and without one (then also an empty body).
from typing import Union, overload


@overload  # E: Single overload definition, multiple required  [misc]
def to_celsius(value: float) -> float: ...
def to_celsius(value: Union[float, str]) -> float:
    return (float(value) - 32) * 5 / 9


@overload  # E: Single overload definition, multiple required  [misc]
def to_kelvin(value: float) -> float: ...  # E: Missing return statement  [empty-body]


class Thermometer:
    @overload  # E: Single overload definition, multiple required  [misc]
    def read(self, unit: str) -> float: ...
    def read(self, unit: str = "C") -> float:
        return 21.5


print(to_celsius(98.6), Thermometer().read("C"))
