# typing.cast() tells the checker to treat a value as the given type
# without any run-time check, so the result can be used as that type.
# It is the usual way to type values from json-like Any data or to pick
# one member of a union the checker cannot narrow by itself.
from typing import Any, Dict, List, Union, cast


def port(config: Dict[str, Any]) -> int:
    return cast(int, config["port"]) + 1


def names(raw: object) -> List[str]:
    return [name.upper() for name in cast(List[str], raw)]


def first_word(value: Union[str, List[str]], is_text: bool) -> str:
    if is_text:
        return cast(str, value).split()[0]
    return cast(List[str], value)[0]


def total(values: List[object]) -> float:
    return sum(cast(float, v) for v in values)


def as_table(data: Any) -> Dict[str, int]:
    table = cast("Dict[str, int]", data)
    table["seen"] = table.get("seen", 0) + 1
    return table


print(port({"port": 80}), names(["a"]), first_word("a b", True), total([1.5]), as_table({}))
