# A dict unpacked with `**` may supply any parameter that is not already
# filled and can be passed by keyword, so its value type must fit those
# parameters. The error names the first one it does not fit.
from typing import Dict


def style(color: str, weight: str = "normal") -> str:
    return color + weight


def size(width: int, height: int = 1) -> int:
    return width * height


names: Dict[str, str] = {"color": "red"}
numbers: Dict[str, int] = {"width": 2}
style(**names)
size(**numbers)
style(**numbers)  # E: Argument 1 to "style" has incompatible type "**dict[str, int]"; expected "str"  [arg-type]
size(**names)  # E: Argument 1 to "size" has incompatible type "**dict[str, str]"; expected "int"  [arg-type]
size(1, **numbers)
style("blue", **numbers)  # E: Argument 2 to "style" has incompatible type "**dict[str, int]"; expected "str"  [arg-type]
print(style(**{"color": "x"}))
