# A parameter of type Callable[[int], str] accepts any named function,
# builtin or lambda that takes an int and returns a str. A function with
# a wider parameter type (object) fits too, since it accepts every int,
# and a nested function can be returned as a callable value.
from typing import Callable, List


def apply(values: List[int], fmt: Callable[[int], str]) -> List[str]:
    return [fmt(v) for v in values]


def twice(func: Callable[[str], str], text: str) -> str:
    return func(func(text))


def as_hex(value: int) -> str:
    return hex(value)


def describe(value: object) -> str:
    return repr(value)


def shout(text: str) -> str:
    return text.upper() + "!"


def make_adder(n: int) -> Callable[[int], int]:
    def add(x: int) -> int:
        return x + n
    return add


print(apply([1, 2], as_hex), apply([3], describe), apply([4], str), apply([5], lambda v: "#" * v))
print(twice(shout, "hi"), twice(str.strip, " x "), make_adder(2)(3))
