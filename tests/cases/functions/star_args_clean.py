# Inside a function, `*args: int` is a tuple[int, ...] and `**kwargs: str`
# is a dict[str, str], so the body may loop over them, index them, and
# call tuple and dict methods. Callers pass any number of ints and
# keyword strings.
from typing import Dict, List


def total(*args: int) -> int:
    result = 0
    for value in args:
        result += value
    return result


def first_or_zero(*args: int) -> int:
    return args[0] if args else 0


def render(template: str, **kwargs: str) -> str:
    for key, value in kwargs.items():
        template = template.replace("{" + key + "}", value.strip())
    return template


def options(**kwargs: str) -> Dict[str, str]:
    result = dict(kwargs)
    result.setdefault("mode", "fast")
    return result


def combined(*args: int, **kwargs: str) -> List[str]:
    return [str(len(args) + sum(args))] + sorted(kwargs.keys()) + list(kwargs.values())


print(total(), total(1, 2, 3), first_or_zero(4), render("{a}!", a=" x "))
print(options(mode="slow"), combined(1, 2, name="n"), total(*[1, 2]), options(**{"a": "b"}))
