# A function that only raises can be annotated NoReturn, and exception
# classes defined with `class X(Exception): pass` take a message like any
# Exception. Narrowing done before such a call carries on after it, and
# the caught exception has the class named in the except clause.
from typing import Dict, NoReturn, Optional


class ConfigError(Exception):
    pass


class MissingKey(ConfigError):
    pass


def missing(key: str) -> NoReturn:
    raise MissingKey(f"missing key: {key}")


def read(config: Dict[str, str], key: str) -> str:
    value = config.get(key)
    if value is None:
        missing(key)
    return value.strip()


def safe_read(config: Dict[str, str], key: str) -> Optional[str]:
    try:
        return read(config, key)
    except ConfigError as error:
        print(str(error), error.args)
        return None


print(read({"a": " 1 "}, "a"), safe_read({}, "b"))
