# `len(t) == n` narrows tuples to those of that length (a `tuple[T, ...]`
# becomes n items of T), and a union of tuples indexed by a constant gives
# each member's item at that index.
Key = tuple[int, str] | tuple[int, str, bytes]


def parts(key: Key, numbers: tuple[int, ...]) -> None:
    reveal_type(key[1])  # N: Revealed type is "str"
    reveal_type(key[0])  # N: Revealed type is "int"
    if len(key) == 3:
        reveal_type(key)  # N: Revealed type is "tuple[int, str, bytes]"
    else:
        reveal_type(key)  # N: Revealed type is "tuple[int, str]"
    if len(numbers) == 2:
        reveal_type(numbers)  # N: Revealed type is "tuple[int, int]"
    pair = numbers if len(numbers) == 1 else None
    reveal_type(pair)  # N: Revealed type is "tuple[int] | None"


def single(numbers: tuple[int, ...]) -> tuple[int] | None:
    return numbers if len(numbers) == 1 else None


def wrong(numbers: tuple[int, ...]) -> tuple[int]:
    if len(numbers) != 1:
        return numbers  # E: Incompatible return value type (got "tuple[int, ...]", expected "tuple[int]")  [return-value]
    return numbers
