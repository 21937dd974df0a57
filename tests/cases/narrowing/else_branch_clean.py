# In the else branch of an isinstance or None check, the value has the
# members that the check excluded. elif conditions see what the earlier
# conditions left, so the final else sees the last remaining member.
from typing import Optional, Union


def render(value: Union[int, float, str]) -> str:
    if isinstance(value, int):
        return str(value)
    elif isinstance(value, float):
        return f"{value:.2f}"
    else:
        return value.center(10)


def name_or_default(name: Optional[str]) -> str:
    if name is None:
        return "guest"
    else:
        return name.capitalize()


def flatten(item: Union[str, list[str], None]) -> list[str]:
    if item is None:
        return []
    elif isinstance(item, str):
        return item.split()
    else:
        return item + ["end"]


print(render(1.5), name_or_default(None), flatten("a b"))
