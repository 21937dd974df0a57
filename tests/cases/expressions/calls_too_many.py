# A call that passes more positional arguments than the callee has
# positional parameters is rejected, whether or not the extra values
# would have matched a type. When keyword-only parameters exist the
# message says "positional"; zero-parameter functions accept nothing.


def ping() -> None:
    print("ping")


def pair(a: int, b: int) -> tuple[int, int]:
    return (a, b)


def label(text: str, *, upper: bool = False) -> str:
    return text.upper() if upper else text


ping()
ping(1)  # E: Too many arguments for "ping"  [call-arg]
pair(1, 2, 3)  # E: Too many arguments for "pair"  [call-arg]
pair(1, 2, 3, 4)  # E: Too many arguments for "pair"  [call-arg]
label("a", True)  # E: Too many positional arguments for "label"  [call-arg]
print(pair(1, 2), label("b", upper=True))
