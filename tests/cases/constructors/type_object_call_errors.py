# Arguments to a `type[C]` value are checked against C's constructor.
class Shape:
    def __init__(self, sides: int) -> None:
        self.sides = sides


def build(factory: type[Shape]) -> Shape:
    return factory("three")  # E: Argument 1 to "Shape" has incompatible type "str"; expected "int"  [arg-type]


def build_many(factory: type[Shape], count: int) -> list[Shape]:
    return [factory() for _ in range(count)]  # E: Missing positional argument "sides" in call to "Shape"  [call-arg]
