# @staticmethod or @classmethod on some overloads only.
from typing import overload


class Units:
    @overload  # E: An overloaded function outside a stub file must have an implementation  [no-overload-impl]  # E: Overload does not consistently use the "@staticmethod" decorator on all function signatures.  [misc]
    @staticmethod
    def to_meters(value: int) -> int: ...
    @overload
    def to_meters(self, value: float) -> float: ...

    @overload  # E: An overloaded function outside a stub file must have an implementation  [no-overload-impl]  # E: Overload does not consistently use the "@classmethod" decorator on all function signatures.  [misc]
    @classmethod
    def named(cls, name: str) -> "Units": ...
    @overload
    def named(self, name: bytes) -> "Units": ...
