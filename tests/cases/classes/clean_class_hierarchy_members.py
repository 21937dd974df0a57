# Attributes and methods found anywhere up the hierarchy, on instances and on
# the class.
class Vehicle:
    wheels: int = 4
    registry: list[str] = []

    def __init__(self, name: str) -> None:
        self.name = name

    def describe(self) -> str:
        return f"{self.name} with {self.wheels} wheels"


class Bike(Vehicle):
    wheels = 2


class Tandem(Bike):
    def riders(self) -> int:
        return 2


tandem = Tandem("duo")
count: int = Tandem.wheels + tandem.wheels + tandem.riders()
Tandem.registry.append(tandem.name)
print(tandem.describe(), count)
