# When no variant of an overloaded method accepts the arguments, mypy lists
# the variants with their receiver (`self`, `cls`); a rejected variant that
# returns None does not make the call "return no value".
from typing import Literal, overload


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


def use(payload: Payload, flag: bool, seen: list[object]) -> None:
    seen.append(payload.get(0, decode=flag))  # E: No overload variant of "get" of "Payload" matches argument types "int", "bool"  [call-overload]  # N: Possible overload variants:  # N:     def get(self, index: int, decode: Literal[True]) -> None  # N:     def get(self, index: int, decode: Literal[False] = ...) -> str
    Payload.build(1.5)  # E: No overload variant of "build" of "Payload" matches argument type "float"  [call-overload]  # N: Possible overload variants:  # N:     def build(cls, source: str) -> Payload  # N:     def build(cls, source: bytes, encoding: str) -> Payload
