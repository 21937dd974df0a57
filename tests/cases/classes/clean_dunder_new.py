# __new__ takes the class as its first parameter; object.__new__(cls) makes an instance.
class Registry:
    created: int = 0

    def __new__(cls) -> "Registry":
        cls.created += 1
        return object.__new__(cls)


class Sized:
    def __new__(cls, size: int) -> "Sized":
        instance = super().__new__(cls)
        instance.size = size
        return instance

    size: int


first = Registry()
print(first is Registry(), Registry.created, Sized(3).size + 1)
