# A generic base's type variables take the subclass's type arguments.
from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def put(self, item: T) -> None:
        pass

    def take(self) -> T:
        raise NotImplementedError


class IntBox(Box[int]):
    def put(self, item: str) -> None:  # E: Argument 1 of "put" is incompatible with supertype "Box"; supertype defines the argument type as "int"  [override]  # N: This violates the Liskov substitution principle  # N: See https://mypy.readthedocs.io/en/stable/common_issues.html#incompatible-overrides
        pass

    def take(self) -> str:  # E: Return type "str" of "take" incompatible with return type "int" in supertype "Box"  [override]
        return ""


class GoodBox(Box[int]):
    def put(self, item: int) -> None:
        pass

    def take(self) -> int:
        return 0
