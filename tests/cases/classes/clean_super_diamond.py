# super() follows the method resolution order through a diamond.
class Root:
    def setup(self) -> list[str]:
        return ["root"]


class Left(Root):
    def setup(self) -> list[str]:
        return ["left"] + super().setup()


class Right(Root):
    def setup(self) -> list[str]:
        return ["right"] + super().setup()


class Bottom(Left, Right):
    def setup(self) -> list[str]:
        steps = super().setup()
        steps.append("bottom")
        return steps


print(Bottom().setup())
