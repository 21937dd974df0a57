from shapes import area

size: str = area(2, 3)
