# The name bound by `except ... as name` has the type of the caught
# class; with a tuple of classes it is their union. A bare `except
# Exception` gives Exception, whose args attribute is a tuple.


def parse(text: str) -> int:
    try:
        return int(text)
    except ValueError as error:
        reveal_type(error)  # N: Revealed type is "ValueError"
        return len(error.args)
    except (KeyError, IndexError) as error:
        reveal_type(error)  # N: Revealed type is "KeyError | IndexError"
        return 0
    except Exception as e:
        reveal_type(e)  # N: Revealed type is "Exception"
        reveal_type(e.args)  # N: Revealed type is "tuple[Any, ...]"
        return -1


def describe(values: list[int]) -> str:
    try:
        return str(values[5])
    except (LookupError, ArithmeticError) as problem:
        reveal_type(problem)  # N: Revealed type is "LookupError | ArithmeticError"
        return str(problem)
    except OSError as os_error:
        reveal_type(os_error.errno)  # N: Revealed type is "int | None"
        return os_error.strerror or ""
