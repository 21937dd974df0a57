# Class methods bind to the class they are called on; static methods bind nothing.
class Temperature:
    def __init__(self, degrees: float) -> None:
        self.degrees = degrees

    @classmethod
    def from_fahrenheit(cls, value: float) -> "Temperature":
        return cls((value - 32) * 5 / 9)

    @staticmethod
    def valid(value: float) -> bool:
        return value > -273.15


reveal_type(Temperature.from_fahrenheit(50))  # N: Revealed type is "class_methods_and_statics.Temperature"
reveal_type(Temperature(1).from_fahrenheit(50))  # N: Revealed type is "class_methods_and_statics.Temperature"
reveal_type(Temperature.valid(3))  # N: Revealed type is "bool"
Temperature.from_fahrenheit("50")  # E: Argument 1 to "from_fahrenheit" of "Temperature" has incompatible type "str"; expected "float"  [arg-type]
Temperature.valid()  # E: Missing positional argument "value" in call to "valid" of "Temperature"  [call-arg]
Temperature(1).valid(1, 2)  # E: Too many arguments for "valid" of "Temperature"  [call-arg]
