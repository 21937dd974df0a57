# type[C] values: class objects passed around, called, and their class methods.
class Animal:
    sound = "..."

    def __init__(self, name: str) -> None:
        self.name = name

    @classmethod
    def species(cls) -> str:
        return cls.__name__


class Cat(Animal):
    sound = "meow"


def make(kind: type[Animal], name: str) -> Animal:
    print(kind.sound, kind.species())
    return kind(name)


registry: dict[str, type[Animal]] = {"cat": Cat, "animal": Animal}
pets = [make(kind, name) for name, kind in registry.items()]
cat_class: type[Cat] = Cat
make(cat_class, "tom")
