# A class that defines __new__ only: calls are checked against it.
class Celsius(float):
    def __new__(cls, degrees: float) -> "Celsius":
        return super().__new__(cls, degrees)


class UserId(int):
    def __new__(cls, raw: str) -> "UserId":
        return super().__new__(cls, int(raw))


reveal_type(Celsius(21.5))  # N: Revealed type is "new_only.Celsius"
Celsius("warm")  # E: Argument 1 to "Celsius" has incompatible type "str"; expected "float"  [arg-type]
UserId(42)  # E: Argument 1 to "UserId" has incompatible type "int"; expected "str"  [arg-type]
UserId("42", "base")  # E: Too many arguments for "UserId"  [call-arg]
