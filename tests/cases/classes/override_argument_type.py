# An override must accept every argument the base method accepts (Liskov).
class Store:
    def put(self, key: str, value: int) -> None:
        pass

    def get(self, key: str) -> int:
        return 0


class NarrowStore(Store):
    def put(self, key: str, value: bool) -> None:  # E: Argument 2 of "put" is incompatible with supertype "Store"; supertype defines the argument type as "int"  [override]  # N: This violates the Liskov substitution principle  # N: See https://mypy.readthedocs.io/en/stable/common_issues.html#incompatible-overrides
        pass

    def get(self, key: int) -> int:  # E: Argument 1 of "get" is incompatible with supertype "Store"; supertype defines the argument type as "str"  [override]  # N: This violates the Liskov substitution principle  # N: See https://mypy.readthedocs.io/en/stable/common_issues.html#incompatible-overrides
        return 0


class WideStore(Store):
    def put(self, key: object, value: float) -> None:
        pass


class SplitStore(Store):
    def put(
        self,
        key: bytes,  # E: Argument 1 of "put" is incompatible with supertype "Store"; supertype defines the argument type as "str"  [override]  # N: This violates the Liskov substitution principle  # N: See https://mypy.readthedocs.io/en/stable/common_issues.html#incompatible-overrides
        value: int,
    ) -> None:
        pass
