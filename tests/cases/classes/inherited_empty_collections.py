# An empty collection in a subclass body takes the type a base declared for it.
class Base:
    tags: list[str] = []
    extra: dict[str, int] = {}


class Child(Base):
    tags = []
    extra = {}

    def f(self) -> None:
        found = {}
        for k in self.extra:
            found[k] = 1


reveal_type(Child.tags)  # N: Revealed type is "list[str]"
