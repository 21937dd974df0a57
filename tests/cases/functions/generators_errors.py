# Every value a generator yields must match the yield type in its return
# annotation, and a generator declared with a None return type cannot
# return a value. Calling a generator gives an iterator, not the items.
from typing import Generator, Iterator, List


def numbers(words: List[str]) -> Iterator[int]:
    for word in words:
        yield word  # E: Incompatible types in "yield" (actual type "str", expected type "int")  [misc]
    yield len(words)


def squares(n: int) -> Generator[int, None, None]:
    for i in range(n):
        yield i * 0.5  # E: Incompatible types in "yield" (actual type "float", expected type "int")  [misc]
    return n  # E: No return value expected  [return-value]


def names() -> Iterator[str]:
    yield "a"
    yield None  # E: Incompatible types in "yield" (actual type "None", expected type "str")  [misc]


def check() -> None:
    reveal_type(numbers(["a"]))  # N: Revealed type is "typing.Iterator[int]"
    reveal_type(next(squares(3)))  # N: Revealed type is "int"
    total: int = numbers([])  # E: Incompatible types in assignment (expression has type "Iterator[int]", variable has type "int")  [assignment]
    print(total)
