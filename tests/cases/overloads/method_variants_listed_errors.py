# When no variant of an overloaded method accepts the arguments, mypy lists
# the variants with their receiver (`self`, `cls`); a rejected variant that
# returns None does not make the call "return no value". Positional-only
# parameters are listed without their names, and generic variants with their
# type variables.
from typing import Literal, TypeVar, overload

N = TypeVar("N", bound=int)


class Payload:
    @overload
    def get(self, index: int, decode: Literal[True]) -> None: ...
    @overload
    def get(self, index: int, decode: Literal[False] = False) -> str: ...
    def get(self, index: int, decode: bool = False) -> str | None:
        return None if decode else str(index)

    @overload
    @classmethod
    def build(cls, source: str) -> "Payload": ...
    @overload
    @classmethod
    def build(cls, source: bytes, encoding: str) -> "Payload": ...
    @classmethod
    def build(cls, source: str | bytes, encoding: str = "utf-8") -> "Payload":
        return cls()

    @overload
    def scale(self, factor: int, /) -> int: ...
    @overload
    def scale(self, factor: N, /, *, exact: bool) -> N: ...
    def scale(self, factor: int, /, *, exact: bool = False) -> int:
        return factor


def use(payload: Payload, flag: bool, seen: list[object]) -> None:
    seen.append(payload.get(0, decode=flag))  # E: No overload variant of "get" of "Payload" matches argument types "int", "bool"  [call-overload]  # N: Possible overload variants:  # N:     def get(self, index: int, decode: Literal[True]) -> None  # N:     def get(self, index: int, decode: Literal[False] = ...) -> str
    Payload.build(1.5)  # E: No overload variant of "build" of "Payload" matches argument type "float"  [call-overload]  # N: Possible overload variants:  # N:     def build(cls, source: str) -> Payload  # N:     def build(cls, source: bytes, encoding: str) -> Payload
    payload.scale("2")  # E: No overload variant of "scale" of "Payload" matches argument type "str"  [call-overload]  # N: Possible overload variants:  # N:     def scale(self, int, /) -> int  # N:     def [N: int] scale(self, N, /, *, exact: bool) -> N
