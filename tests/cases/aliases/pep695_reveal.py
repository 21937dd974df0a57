# mypy-args: --python-version 3.12
# What reveal_type shows for names annotated with aliases, and for the alias objects.
type Pair[T] = tuple[T, T]
type Matrix = list[list[float]]
type Callback[R] = dict[str, R]


def inspect(pair: Pair[int], matrix: Matrix, callbacks: Callback[bool]) -> None:
    reveal_type(pair)  # N: Revealed type is "tuple[int, int]"
    reveal_type(matrix)  # N: Revealed type is "list[list[float]]"
    reveal_type(callbacks)  # N: Revealed type is "dict[str, bool]"
    reveal_type(Pair)  # N: Revealed type is "typing.TypeAliasType"
    reveal_type(Matrix)  # N: Revealed type is "typing.TypeAliasType"


def bare(pair: Pair) -> None:
    reveal_type(pair)  # N: Revealed type is "tuple[Any, Any]"
