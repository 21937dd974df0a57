# Class methods and static methods are checked against the base's of the same kind.
class Factory:
    @classmethod
    def create(cls, size: int) -> "Factory":
        return cls()

    @staticmethod
    def validate(size: int) -> bool:
        return size > 0

    @classmethod
    def default(cls) -> "Factory":
        return cls()


class BadFactory(Factory):
    @classmethod
    def create(cls, size: str) -> "Factory":  # E: Argument 1 of "create" is incompatible with supertype "Factory"; supertype defines the argument type as "int"  [override]  # N: This violates the Liskov substitution principle  # N: See https://mypy.readthedocs.io/en/stable/common_issues.html#incompatible-overrides
        return cls()

    @staticmethod
    def validate(size: int) -> str:  # E: Return type "str" of "validate" incompatible with return type "bool" in supertype "Factory"  [override]
        return ""

    def default(self) -> "Factory":  # E: Signature of "default" incompatible with supertype "Factory"  [override]  # N:      Superclass:  # N:          @classmethod  # N:          def default(cls) -> Factory  # N:      Subclass:  # N:          def default(self) -> Factory
        return self
