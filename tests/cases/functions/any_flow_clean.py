# A value of type Any is compatible with every type in both directions, so
# it can be passed, returned, indexed and called without errors, and
# anything derived from it is Any as well. Unannotated parameters and
# json-like dicts of Any behave the same way.
from typing import Any, Dict, List


def load(raw: Any) -> Dict[str, Any]:
    return raw


def port(config: Dict[str, Any]) -> int:
    return config["server"]["port"] + 1


def names(data: Any) -> List[str]:
    return [item.name.upper() for item in data.items]


def untyped(value, count=2):
    return value * count


def use(value: Any) -> str:
    number: int = value
    text: str = value
    value.anything().goes[0] = 1
    return text * number


config = load({"server": {"port": 80}})
print(port(config), untyped("ab"), untyped(3, count=4), use("x"))
