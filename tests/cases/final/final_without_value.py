# A final name needs a value where it is declared, unless __init__ gives a class attribute one.
from typing import Final

VERSION: Final[str]  # E: Final name must be initialized with a value  [misc]


class Sensor:
    unit: Final[str]
    precision: Final[int]  # E: Final name must be initialized with a value  [misc]

    def __init__(self, unit: str) -> None:
        self.unit = unit
        self.reading: Final[float]  # E: Final name must be initialized with a value  [misc]

    def read(self) -> str:
        return f"0.0 {self.unit}"


def local() -> None:
    limit: Final[int]  # E: Final name must be initialized with a value  [misc]
