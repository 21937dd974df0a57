# A dataclass inherits its bases' fields, which come first in its __init__.
from dataclasses import dataclass


@dataclass
class Animal:
    name: str
    legs: int = 4


@dataclass
class Dog(Animal):
    breed: str = "mixed"


@dataclass
class Cat(Animal):
    legs: int = 4
    indoor: bool = True


Dog("rex", 4, "collie")
Dog("rex", breed="collie")
Dog("rex", 4, 5)  # E: Argument 3 to "Dog" has incompatible type "int"; expected "str"  [arg-type]
Dog(breed="collie")  # E: Missing positional argument "name" in call to "Dog"  [call-arg]
Cat("tom", 4, False, 1)  # E: Too many arguments for "Cat"  [call-arg]
reveal_type(Dog.__init__)  # N: Revealed type is "def (self: inheritance.Dog, name: str, legs: int =, breed: str =)"
reveal_type(Cat.__init__)  # N: Revealed type is "def (self: inheritance.Cat, name: str, legs: int =, indoor: bool =)"


class Puppy(Dog):
    def bark(self) -> str:
        return self.name + "!"


Puppy("pip", 4, "pug")
Puppy(1)  # E: Argument 1 to "Puppy" has incompatible type "int"; expected "str"  [arg-type]
