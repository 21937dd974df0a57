# A method that overrides another must return what the base method promises.
class Greeter:
    def greet(self) -> str:
        return "hello"

    def count(self) -> int:
        return 1

    def maybe(self) -> int | None:
        return None


class Loud(Greeter):
    def greet(self) -> int:  # E: Return type "int" of "greet" incompatible with return type "str" in supertype "Greeter"  [override]
        return 1

    def count(self) -> float:  # E: Return type "float" of "count" incompatible with return type "int" in supertype "Greeter"  [override]
        return 1.5

    def maybe(self) -> str:  # E: Return type "str" of "maybe" incompatible with return type "int | None" in supertype "Greeter"  [override]
        return ""


class Quiet(Greeter):
    # A narrower return type is fine.
    def maybe(self) -> int:
        return 0

    def count(self) -> bool:
        return True
