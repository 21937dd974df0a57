# Operators on user classes go through their dunder methods, reflected ones too.
class Vector:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: "Vector") -> "Vector":
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, factor: float) -> "Vector":
        return Vector(self.x * factor, self.y * factor)

    def __rmul__(self, factor: float) -> "Vector":
        return self * factor

    def __neg__(self) -> "Vector":
        return self * -1

    def __lt__(self, other: "Vector") -> bool:
        return self.x < other.x

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Vector) and self.x == other.x


v = Vector(1, 2)
reveal_type(v + v)  # N: Revealed type is "operators_user_classes.Vector"
reveal_type(v * 2)  # N: Revealed type is "operators_user_classes.Vector"
reveal_type(2 * v)  # N: Revealed type is "operators_user_classes.Vector"
reveal_type(-v)  # N: Revealed type is "operators_user_classes.Vector"
reveal_type(v < v)  # N: Revealed type is "bool"
reveal_type(v == 3)  # N: Revealed type is "bool"
v + 1  # E: Unsupported operand types for + ("Vector" and "int")  [operator]
v * "a"  # E: Unsupported operand types for * ("Vector" and "str")  [operator]
"a" * v  # E: Unsupported operand types for * ("str" and "Vector")  [operator]
~v  # E: Unsupported operand type for ~ ("Vector")  [operator]
v < 1  # E: Unsupported operand types for < ("Vector" and "int")  [operator]
v - v  # E: Unsupported left operand type for - ("Vector")  [operator]
