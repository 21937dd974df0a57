# Two signatures that overlap the wrong way round: mypy suggests flipping them.
from typing import overload


@overload
def merge(base: int, extra: object) -> object: ...  # E: Overloaded function signatures 1 and 2 overlap with incompatible return types  [overload-overlap]  # N: Flipping the order of overloads will fix this error
@overload
def merge(base: object, extra: int) -> int: ...
def merge(base: object, extra: object) -> object:
    return base


class Report:
    @overload
    def cell(self, row: int, column: object) -> object: ...  # E: Overloaded function signatures 1 and 2 overlap with incompatible return types  [overload-overlap]  # N: Flipping the order of overloads will fix this error
    @overload
    def cell(self, row: object, column: int) -> int: ...
    def cell(self, row: object, column: object) -> object:
        return 0
