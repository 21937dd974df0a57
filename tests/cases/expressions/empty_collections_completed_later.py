# An empty list or dict takes its item types from a later assignment, also one in
# another branch of an if.
def parse_command(line: str) -> tuple[str, list[int], dict[str, int]]:
    if not line:
        name = ""
        numbers = []
        options = {}
    else:
        name, *rest = line.split()
        numbers = [int(part) for part in rest if part.isdigit()]
        options = {part: len(part) for part in rest if not part.isdigit()}
    return name, numbers, options


def scores(raw: str) -> list[float]:
    values = []
    values = [float(piece) for piece in raw.split(",")]
    reveal_type(values)  # N: Revealed type is "list[float]"
    return values


def labels(flag: bool) -> list[str]:
    if flag:
        found = []
    else:
        found = [1, 2]
    return found  # E: Incompatible return value type (got "list[int]", expected "list[str]")  [return-value]
