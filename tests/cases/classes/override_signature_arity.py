# Dropping a parameter or adding a required one breaks the base's signature.
class Shape:
    def scale(self, factor: float) -> None:
        pass

    def move(self, dx: int, dy: int) -> None:
        pass

    def draw(self) -> None:
        pass


class Square(Shape):
    def scale(self) -> None:  # E: Signature of "scale" incompatible with supertype "Shape"  [override]  # N:      Superclass:  # N:          def scale(self, factor: float) -> None  # N:      Subclass:  # N:          def scale(self) -> None
        pass

    def move(self, dx: int) -> None:  # E: Signature of "move" incompatible with supertype "Shape"  [override]  # N:      Superclass:  # N:          def move(self, dx: int, dy: int) -> None  # N:      Subclass:  # N:          def move(self, dx: int) -> None
        pass

    def draw(self, canvas: str) -> None:  # E: Signature of "draw" incompatible with supertype "Shape"  [override]  # N:      Superclass:  # N:          def draw(self) -> None  # N:      Subclass:  # N:          def draw(self, canvas: str) -> None
        pass


class Circle(Shape):
    # Extra parameters with defaults are fine.
    def draw(self, canvas: str = "screen", *, fill: bool = False) -> None:
        pass

    def move(self, dx: int, dy: int, dz: int = 0) -> None:
        pass
