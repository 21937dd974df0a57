# raise accepts an exception instance or an exception class, optionally
# chained with `from` another exception or None. A bare raise inside an
# except block re-raises the current exception.


class ParseError(Exception):
    pass


def parse(text: str) -> int:
    try:
        return int(text)
    except ValueError as error:
        raise ParseError("bad number: " + text) from error


def strict(text: str) -> int:
    try:
        return parse(text)
    except ParseError:
        print("giving up")
        raise


def require(flag: bool) -> None:
    if not flag:
        raise RuntimeError
    if flag is None:
        raise TypeError("flag is None") from None


def fail(kind: str) -> None:
    raise KeyError(kind) if kind else IndexError()


require(True)
print(parse("3"), strict("4"))
