# Self in an overridden method stands for the overriding class on both sides.
from typing import Self


class Base:
    def copy(self) -> Self:
        return self

    def merge(self, other: Self) -> Self:
        return self

    def clone(self) -> "Base":
        return self


class Sub(Base):
    def copy(self) -> "Sub":
        return self

    def merge(self, other: "Sub") -> Self:
        return self

    def clone(self) -> Self:
        return self


class Bad(Base):
    def copy(self) -> Base:  # E: Return type "Base" of "copy" incompatible with return type "Bad" in supertype "Base"  [override]
        return self

    def merge(self, other: int) -> Self:  # E: Argument 1 of "merge" is incompatible with supertype "Base"; supertype defines the argument type as "Bad"  [override]  # N: This violates the Liskov substitution principle  # N: See https://mypy.readthedocs.io/en/stable/common_issues.html#incompatible-overrides
        return self
