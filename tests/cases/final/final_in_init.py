# __init__ may give a value to a final attribute declared without one, but only once and only there.
from typing import Final


class Cache:
    size: Final[int]
    name: Final[str] = "cache"

    def __init__(self, size: int) -> None:
        self.size = size
        self.name = "other"  # E: Cannot assign to final attribute "name"  [misc]

    def resize(self, size: int) -> None:
        self.size = size  # E: Cannot assign to final attribute "size"  [misc]


class BigCache(Cache):
    def __init__(self) -> None:
        super().__init__(1024)
        self.size = 2048  # E: Cannot assign to final attribute "size"  [misc]
