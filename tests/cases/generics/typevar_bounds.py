# A bounded type variable accepts subtypes of its bound and keeps the argument's own type.
from typing import Sized, TypeVar


class Animal:
    def speak(self) -> str:
        return "..."


class Dog(Animal):
    def fetch(self) -> None:
        pass


A = TypeVar("A", bound=Animal)
S = TypeVar("S", bound=Sized)


def loudest(first: A, second: A) -> A:
    first.speak()
    return first


def longest(a: S, b: S) -> S:
    return a if len(a) >= len(b) else b


reveal_type(loudest(Dog(), Dog()))  # N: Revealed type is "typevar_bounds.Dog"
loudest(Dog(), Dog()).fetch()
loudest(1, 2)  # E: Value of type variable "A" of "loudest" cannot be "int"  [type-var]
reveal_type(longest([1], [2, 3]))  # N: Revealed type is "list[int]"
reveal_type(longest("ab", "c"))  # N: Revealed type is "str"
longest(1, 2)  # E: Value of type variable "S" of "longest" cannot be "int"  [type-var]
