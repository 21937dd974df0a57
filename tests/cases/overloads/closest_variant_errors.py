# When no variant of an overloaded call fits, mypy reports the errors of the
# first variant the arguments fit in shape (type arguments and variables set
# aside), and lists the variants only when none does.
from typing import overload


class Key:
    pass


@overload
def pick(value: int) -> int: ...
@overload
def pick(value: str, fallback: str) -> str: ...
def pick(value: int | str, fallback: str = "") -> int | str:
    return value


def lookups(table: dict[Key, int], key: Key | str, pairs: list[list[str]]) -> None:
    table.get(key)  # E: Argument 1 to "get" of "dict" has incompatible type "Key | str"; expected "Key"  [arg-type]
    pick(1.5)  # E: No overload variant of "pick" matches argument type "float"  [call-overload]  # N: Possible overload variants:  # N:     def pick(value: int) -> int  # N:     def pick(value: str, fallback: str) -> str
    pick([1])  # E: No overload variant of "pick" matches argument type "list[int]"  [call-overload]  # N: Possible overload variants:  # N:     def pick(value: int) -> int  # N:     def pick(value: str, fallback: str) -> str
