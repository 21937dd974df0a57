# A function passed for a Callable[[int], str] parameter must accept an
# int and return a str. A function expecting a str, returning an int or
# taking a different number of arguments does not fit, and the message
# spells both callable types.
from typing import Callable, List


def apply(values: List[int], fmt: Callable[[int], str]) -> List[str]:
    return [fmt(v) for v in values]


def shout(text: str) -> str:
    return text.upper()


def double(value: int) -> int:
    return value * 2


def join(a: int, b: int) -> str:
    return str(a + b)


def label(value: int) -> str:
    return str(value)


apply([1], shout)  # E: Argument 2 to "apply" has incompatible type "Callable[[str], str]"; expected "Callable[[int], str]"  [arg-type]
apply([1], double)  # E: Argument 2 to "apply" has incompatible type "Callable[[int], int]"; expected "Callable[[int], str]"  [arg-type]
apply([1], join)  # E: Argument 2 to "apply" has incompatible type "Callable[[int, int], str]"; expected "Callable[[int], str]"  [arg-type]
apply([1], label(1))  # E: Argument 2 to "apply" has incompatible type "str"; expected "Callable[[int], str]"  [arg-type]
apply([1], label)


def call_it(fmt: Callable[[int], str]) -> None:
    fmt("1")  # E: Argument 1 has incompatible type "str"; expected "int"  [arg-type]
    fmt(1, 2)  # E: Too many arguments  [call-arg]
    result: int = fmt(1)  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
    print(result)
