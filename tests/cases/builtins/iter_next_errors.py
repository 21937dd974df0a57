# next() without a default returns the iterator's item type; with a
# default of another type the result is a union of the two, which then
# has to be narrowed before item-only operations are used.
from typing import Iterator, List


def check(numbers: List[int], words: Iterator[str]) -> None:
    it = iter(numbers)
    reveal_type(it)  # N: Revealed type is "typing.Iterator[int]"
    reveal_type(next(it))  # N: Revealed type is "int"
    reveal_type(next(it, None))  # N: Revealed type is "int | None"
    reveal_type(next(words, 0))  # N: Revealed type is "str | int"
    reveal_type(list(reversed(numbers)))  # N: Revealed type is "list[int]"
    maybe = next(it, None)
    maybe + 1  # E: Unsupported operand types for + ("None" and "int")  [operator]  # N: Left operand is of type "int | None"
    first: str = next(it)  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
    word: str = next(words, None)  # E: Incompatible types in assignment (expression has type "str | None", variable has type "str")  [assignment]
    print(first, word)
