# Methods every class inherits from object are overrides too.
class Point:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: "Point") -> bool:  # E: Argument 1 of "__eq__" is incompatible with supertype "builtins.object"; supertype defines the argument type as "object"  [override]  # N: This violates the Liskov substitution principle  # N: See https://mypy.readthedocs.io/en/stable/common_issues.html#incompatible-overrides  # N: It is recommended for "__eq__" to work with arbitrary objects, for example:  # N:     def __eq__(self, other: object) -> bool:  # N:         if not isinstance(other, Point):  # N:             return NotImplemented  # N:         return <logic to compare two Point instances>
        return self.x == other.x

    def __str__(self) -> bytes:  # E: Return type "bytes" of "__str__" incompatible with return type "str" in supertype "builtins.object"  [override]
        return b""

    def __hash__(self) -> str:  # E: Return type "str" of "__hash__" incompatible with return type "int" in supertype "builtins.object"  [override]
        return ""


class Tag:
    def __repr__(self) -> int:  # E: Return type "int" of "__repr__" incompatible with return type "str" in supertype "builtins.object"  [override]
        return 0

    def __ne__(self, other: int) -> bool:  # E: Argument 1 of "__ne__" is incompatible with supertype "builtins.object"; supertype defines the argument type as "object"  [override]  # N: This violates the Liskov substitution principle  # N: See https://mypy.readthedocs.io/en/stable/common_issues.html#incompatible-overrides
        return False
