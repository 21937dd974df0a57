# Assigning to a property without a setter is an error, inside the class or out.
class Temperature:
    def __init__(self, celsius: float) -> None:
        self._celsius = celsius

    @property
    def celsius(self) -> float:
        return self._celsius

    @property
    def fahrenheit(self) -> float:
        return self._celsius * 9 / 5 + 32

    def reset(self) -> None:
        self.celsius = 0.0  # E: Property "celsius" defined in "Temperature" is read-only  [misc]


class Kelvin(Temperature):
    def shift(self) -> None:
        self.fahrenheit = 1.0  # E: Property "fahrenheit" defined in "Temperature" is read-only  [misc]


t = Temperature(1.0)
t.celsius = 5.0  # E: Property "celsius" defined in "Temperature" is read-only  [misc]
t.fahrenheit += 1  # E: Property "fahrenheit" defined in "Temperature" is read-only  [misc]
k = Kelvin(2.0)
k.celsius = 3.0  # E: Property "celsius" defined in "Temperature" is read-only  [misc]
