# A function whose body is only a docstring, `...` or `pass` but
# declares a return type that excludes None has an empty body, which
# is reported under its own error code. When None is an allowed
# result, falling off the end is fine and nothing is reported.


def todo(n: int) -> int:  # E: Missing return statement  [empty-body]
    ...


def documented(text: str) -> str:  # E: Missing return statement  [empty-body]
    """Return the text unchanged."""


def placeholder() -> list[str]:  # E: Missing return statement  [empty-body]
    pass


def nothing() -> None:
    pass


def maybe() -> int | None:
    ...


print(todo(1), documented("a"), placeholder(), maybe())
nothing()
