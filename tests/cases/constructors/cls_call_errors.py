# cls(...) inside a classmethod is checked against the class's __init__.
class Temperature:
    def __init__(self, kelvin: float) -> None:
        self.kelvin = kelvin

    @classmethod
    def from_celsius(cls, degrees: float) -> "Temperature":
        return cls(str(degrees + 273.15))  # E: Argument 1 to "Temperature" has incompatible type "str"; expected "float"  [arg-type]

    @classmethod
    def absolute_zero(cls) -> "Temperature":
        return cls(0.0, "K")  # E: Too many arguments for "Temperature"  [call-arg]
