# NoReturn helpers end a branch, Callable parameters are called as declared, cast
# changes the static type only, overloads pick a variant per call.
from typing import Callable, NoReturn, Union, cast, overload


def fail(message: str) -> NoReturn:
    raise SystemExit(message)


def required(value: int | None) -> int:
    if value is None:
        fail("missing value")
    return value + 1


def apply(func: Callable[[int, str], bool], anything: Callable[..., int]) -> int:
    if func(1, "a"):
        return anything(1, "two", three=3)
    return anything()


@overload
def parse(raw: int) -> int: ...
@overload
def parse(raw: str) -> str: ...
def parse(raw: Union[int, str]) -> Union[int, str]:
    return raw


def numbers(data: object) -> list[int]:
    values = cast("list[int]", data)
    values.append(parse(3))
    return values


text: str = parse("x")
count: int = parse(2)
print(required(1), apply(lambda n, s: n > 0, len), numbers([]), text, count)
