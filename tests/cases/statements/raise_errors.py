# raise needs an exception class or instance: anything that does not
# derive from BaseException is an error, as is a non-exception after
# `from`. Exception constructors are checked like other calls.


class ConfigError(Exception):
    pass


def load(path: str) -> str:
    if not path:
        raise "missing path"  # E: Exception must be derived from BaseException  [misc]
    if path.endswith("/"):
        raise 404  # E: Exception must be derived from BaseException  [misc]
    if path.startswith("~"):
        raise ConfigError("home") from "tilde"  # E: Exception must be derived from BaseException  [misc]
    if path == ".":
        raise ValueError
    raise [ConfigError("bad")]  # E: Exception must be derived from BaseException  [misc]


def fail(code: int) -> None:
    raise ConfigError(code=code)  # E: Unexpected keyword argument "code" for "ConfigError"  [call-arg]


print(load("x"))
