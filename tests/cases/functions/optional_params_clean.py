# An Optional parameter with a None default may be left out by callers
# or passed None explicitly. Inside the function a check against None,
# or an `or` fallback, gives the plain type before it is used.
from typing import Dict, List, Optional


def greet(name: Optional[str] = None) -> str:
    if name is None:
        return "hello"
    return "hello " + name.title()


def limit(values: List[int], most: Optional[int] = None) -> List[int]:
    return values if most is None else values[:most]


def lookup(table: Dict[str, int], key: str, default: Optional[int] = None) -> int:
    found = table.get(key, default)
    return found if found is not None else -1


def label(text: str, prefix: Optional[str] = None, width: Optional[int] = 10) -> str:
    return (prefix or "") + text.ljust(width or 0)


def collect(item: str, into: Optional[List[str]] = None) -> List[str]:
    if into is None:
        into = []
    into.append(item)
    return into


print(greet(), greet(None), greet("ann"), limit([1, 2], 1), lookup({}, "a"), lookup({}, "a", 3))
print(label("x"), label("x", "> ", None), collect("a"), collect("b", ["a"]))
