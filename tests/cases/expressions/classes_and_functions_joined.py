# A display mixing classes and functions joins them to object (a class's constructor is
# not compared with the functions' signatures), as in mypy.
def lipsum(n: int = 5, html: bool = True) -> str:
    return ""


class Cycler:
    def __init__(self, *items: str) -> None: ...


namespace = {"range": range, "dict": dict, "lipsum": lipsum, "cycler": Cycler}
reveal_type(namespace)  # N: Revealed type is "dict[str, object]"
pair = [lipsum, Cycler]
reveal_type(pair)  # N: Revealed type is "list[object]"
print(namespace["lipsum"]())  # E: "object" not callable  [operator]
