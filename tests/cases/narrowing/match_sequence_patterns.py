# match statements with sequence patterns: the subject narrows to the members that can
# match (never str), tuples of the right length are consumed, captures get item types.
def describe(command: list[str] | tuple[int, int] | str) -> str:
    match command:
        case [x, y]:
            reveal_type(command)  # N: Revealed type is "list[str] | tuple[int, int]"
            reveal_type(x)  # N: Revealed type is "str | int"
            return "pair"
        case [first, *rest]:
            reveal_type(first)  # N: Revealed type is "str"
            reveal_type(rest)  # N: Revealed type is "list[str]"
            return first
        case str():
            return command
        case _:
            reveal_type(command)  # N: Revealed type is "list[str]"
            return ""


def area(shape: tuple[float, float] | tuple[float, float, float]) -> float:
    match shape:
        case (width, height):
            return width * height
        case (a, b, c):
            return a + b + c


def first_number(values: object) -> int:
    match values:
        case [int() as n, *_]:
            reveal_type(values)  # N: Revealed type is "typing.Sequence[object]"
            return n
        case [str() as text]:
            return text  # E: Incompatible return value type (got "str", expected "int")  [return-value]
    return 0
