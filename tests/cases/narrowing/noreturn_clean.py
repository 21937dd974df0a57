# A function annotated as returning NoReturn never returns normally, so
# calling it in a branch ends that branch. The code after the branch can
# rely on the narrowed type, and no final return is missing.
import sys
from typing import NoReturn, Optional, Union


def die(message: str) -> NoReturn:
    print(message)
    sys.exit(2)


def port(value: Optional[str]) -> int:
    if value is None:
        die("no port given")
    return int(value)


def parse(value: Union[int, str]) -> int:
    if isinstance(value, int):
        return value
    if value.isdigit():
        return int(value)
    die("bad value: " + value)


def must_exist(table: dict[str, float], key: str) -> float:
    found = table.get(key)
    if found is None:
        die("missing " + key)
    return found / 2


print(port("80"), parse("3"), must_exist({"a": 1.0}, "a"))
