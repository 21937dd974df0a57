# Calling an operator method through its class (`int.__radd__(self,
# other)`) with a wrong operand reads as the operator, with the class object
# as the other operand, as mypy words it.
class Meters(int):
    def __radd__(self, other: object) -> "Meters":
        total = int.__radd__(self, other)  # E: Unsupported operand types for + ("object" and "type[int]")  [operator]
        return Meters(total)

    def __add__(self, other: object) -> "Meters":
        return Meters(int.__add__(self, other))  # E: Unsupported operand types for + ("type[int]" and "object")  [operator]

    def __sub__(self, other: int) -> "Meters":
        return Meters(int.__sub__(self, other))
