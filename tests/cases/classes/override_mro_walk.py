# Each base in the method resolution order that defines the method is checked.
class Animal:
    def speak(self) -> str:
        return ""

    def legs(self, count: int) -> int:
        return count


class Dog(Animal):
    def speak(self) -> str:
        return "woof"


class Puppy(Dog):
    def speak(self) -> bytes:  # E: Return type "bytes" of "speak" incompatible with return type "str" in supertype "Dog"  [override]  # E: Return type "bytes" of "speak" incompatible with return type "str" in supertype "Animal"  [override]
        return b"yip"

    def legs(self, count: str) -> int:  # E: Argument 1 of "legs" is incompatible with supertype "Animal"; supertype defines the argument type as "int"  [override]  # N: This violates the Liskov substitution principle  # N: See https://mypy.readthedocs.io/en/stable/common_issues.html#incompatible-overrides
        return 4


class Swimmer:
    def speak(self) -> str:
        return "blub"


class Diver(Dog, Swimmer):
    def speak(self) -> int:  # E: Return type "int" of "speak" incompatible with return type "str" in supertype "Dog"  [override]  # E: Return type "int" of "speak" incompatible with return type "str" in supertype "Animal"  [override]  # E: Return type "int" of "speak" incompatible with return type "str" in supertype "Swimmer"  [override]
        return 0
