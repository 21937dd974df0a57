# Any only silences checks on the Any value itself. Once a value derived
# from Any is stored in an annotated variable or returned from an
# annotated function, it has that declared type, and misuse of it is
# reported as usual.
from typing import Any, Dict, List


def port(config: Dict[str, Any]) -> int:
    value: int = config["port"]
    value.upper()  # E: "int" has no attribute "upper"  [attr-defined]
    return value


def names(data: Any) -> List[str]:
    result: List[str] = data["names"]
    result.append(1)  # E: Argument 1 to "append" of "list" has incompatible type "int"; expected "str"  [arg-type]
    return result


def count(data: Any) -> int:
    return len(data)


total: str = count([1, 2])  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
port({"port": 1}) + "!"  # E: Unsupported operand types for + ("int" and "str")  [operator]
names(None)[0].append("x")  # E: "str" has no attribute "append"  [attr-defined]
