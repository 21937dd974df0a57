# Exception subclasses can be raised and caught like the built-in ones.
# The bound name of an except clause has the subclass type, and the
# attributes inherited from Exception, such as args, are available.


class AppError(Exception):
    pass


class NotFound(AppError):
    pass


def fetch(key: str) -> str:
    if not key:
        raise NotFound(key)
    return key


def handle(key: str) -> int:
    try:
        fetch(key)
    except NotFound as missing:
        reveal_type(missing)  # N: Revealed type is "custom_exceptions.NotFound"
        return len(missing.args)
    except AppError as error:
        reveal_type(error.args)  # N: Revealed type is "tuple[Any, ...]"
        return error.code  # E: "AppError" has no attribute "code"  [attr-defined]
    return 0
