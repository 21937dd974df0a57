# type[C] holds C or a subclass; calling it builds an instance with C's constructor.
class Animal:
    def __init__(self, name: str) -> None:
        self.name = name


class Dog(Animal):
    pass


class Robot:
    pass


def adopt(kind: type[Animal], name: str) -> Animal:
    reveal_type(kind)  # N: Revealed type is "type[type_objects_errors.Animal]"
    pet = kind(name)
    reveal_type(pet)  # N: Revealed type is "type_objects_errors.Animal"
    kind(1)  # E: Argument 1 to "Animal" has incompatible type "int"; expected "str"  [arg-type]
    return pet


adopt(Dog, "rex")
adopt(Animal, "cat")
adopt(Robot, "r2")  # E: Argument 1 to "adopt" has incompatible type "type[Robot]"; expected "type[Animal]"  [arg-type]
adopt(Dog(), "rex")  # E: Missing positional argument "name" in call to "Dog"  [call-arg]  # E: Argument 1 to "adopt" has incompatible type "Dog"; expected "type[Animal]"  [arg-type]
kinds: list[type[Animal]] = [Dog, Animal, Robot]  # E: List item 2 has incompatible type "type[Robot]"; expected "type[Animal]"  [list-item]
