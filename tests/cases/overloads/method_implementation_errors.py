# The implementation checks for methods: `self` is set aside, static methods keep every parameter.
from typing import Union, overload


class Matrix:
    def __init__(self, rows: list[list[float]]) -> None:
        self.rows = rows

    @overload
    def __mul__(self, other: float) -> "Matrix": ...
    @overload
    def __mul__(self, other: "Matrix") -> "Matrix": ...
    def __mul__(self, other: float) -> "Matrix":  # E: Overloaded function implementation does not accept all possible parameters of signature 2  [misc]
        return Matrix([[cell * other for cell in row] for row in self.rows])

    @overload
    def get(self, row: int) -> list[float]: ...
    @overload
    def get(self, row: int, column: int) -> float: ...
    def get(self, row: int, column: int = -1) -> list[float]:  # E: Overloaded function implementation cannot produce return type of signature 2  [misc]
        return self.rows[row]

    @overload
    @staticmethod
    def identity(size: int) -> "Matrix": ...
    @overload
    @staticmethod
    def identity(size: str) -> "Matrix": ...
    @staticmethod
    def identity(size: bytes) -> "Matrix":
        return Matrix([])

    @overload
    @classmethod
    def zeros(cls, size: int) -> "Matrix": ...
    @overload
    @classmethod
    def zeros(cls, size: tuple[int, int]) -> "Matrix": ...
    @classmethod  # E: Overloaded function implementation does not accept all possible parameters of signature 2  [misc]
    def zeros(cls, size: int) -> "Matrix":
        return cls([[0.0] * size] * size)
