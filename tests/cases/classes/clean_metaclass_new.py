# Metaclasses built through type.__new__, directly and from a metaclass's own __new__.
class Meta(type):
    pass


Base = type.__new__(Meta, "Base", (), {})
other = type.__new__(Meta, "B", (), {})


class Registry(type):
    def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, object]) -> "Registry":
        return super().__new__(mcs, name, bases, namespace)


print(Base, other)
