# Clean: overloads defined inside a function body.
from typing import Union, overload


def build_formatter(precision: int) -> None:
    @overload
    def fmt(value: int) -> str: ...
    @overload
    def fmt(value: list[int]) -> list[str]: ...
    def fmt(value: Union[int, list[int]]) -> Union[str, list[str]]:
        if isinstance(value, int):
            return f"{value:.{precision}f}"
        return [f"{v:.{precision}f}" for v in value]

    single: str = fmt(3)
    many: list[str] = fmt([1, 2])
    print(single, many)


build_formatter(2)
