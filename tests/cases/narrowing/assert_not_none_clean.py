# `assert x is not None` narrows x for every statement after the assert,
# because execution stops there if the check fails. assert isinstance()
# narrows a union the same way.
from typing import Optional, Union


def first_word(text: Optional[str]) -> str:
    assert text is not None
    return text.split()[0]


def add_one(value: Union[int, str]) -> int:
    assert isinstance(value, int), "expected an int"
    return value + 1


def ratio(a: Optional[float], b: Optional[float]) -> float:
    assert a is not None and b is not None
    return a / b


def shout(name: Optional[str]) -> str:
    assert name
    return name.upper()


print(first_word("hi there"), add_one(1), ratio(1.0, 2.0), shout("x"))
