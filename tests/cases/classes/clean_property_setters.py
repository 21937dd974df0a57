# Properties with setters accept values of the setter's type; reading gives the
# getter's type.
class Rect:
    def __init__(self, width: float, height: float) -> None:
        self._width = width
        self.height = height

    @property
    def width(self) -> float:
        return self._width

    @width.setter
    def width(self, value: float) -> None:
        if value < 0:
            raise ValueError("negative")
        self._width = value

    @property
    def area(self) -> float:
        return self._width * self.height

    def double(self) -> None:
        self.width = self.width * 2


rect = Rect(1, 2)
rect.width = 3
rect.width = 4.5
rect.width += 1
area: float = rect.area
