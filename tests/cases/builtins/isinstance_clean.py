# isinstance() narrows a value to the class it was checked against, and a
# tuple of classes narrows to their union. issubclass() does the same for
# class objects. Both return bool and may be combined freely.
from typing import List, Type, Union


def describe(value: Union[int, str, List[int]]) -> str:
    if isinstance(value, int):
        return str(value + 1)
    if isinstance(value, str):
        return value.upper()
    return ",".join(str(v) for v in value)


def numeric(value: Union[int, float, str]) -> float:
    if isinstance(value, (int, float)):
        return value * 2
    return float(value.strip())


def is_number_class(cls: type) -> bool:
    return issubclass(cls, (int, float))


def is_error(cls: Type[BaseException]) -> bool:
    return issubclass(cls, Exception) and not issubclass(cls, KeyboardInterrupt)


def count_strings(items: List[object]) -> int:
    return sum(1 for item in items if isinstance(item, str) and item)


print(describe([1]), numeric("2"), is_number_class(bool), is_error(ValueError), count_strings(["a", 1]))
