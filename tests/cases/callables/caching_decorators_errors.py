# Mistakes around functools' caching decorators.
from functools import cache, cached_property, lru_cache


@lru_cache(maxsize=32)
def area_code(phone: str) -> str:
    return phone[:3]


@cache
def squares(limit: int) -> list[int]:
    return [n * n for n in range(limit)]


class Profile:
    def __init__(self, name: str) -> None:
        self.name = name

    @cached_property
    def initials(self) -> str:
        return "".join(part[0] for part in self.name.split())


code: int = area_code("555-0100")  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
squares(10).upper()  # E: "list[int]" has no attribute "upper"  [attr-defined]
area_code.clear()  # E: "_lru_cache_wrapper[str]" has no attribute "clear"  [attr-defined]
profile = Profile("Ada Lovelace")
profile.initials = 3  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
profile.initials.append("x")  # E: "str" has no attribute "append"  [attr-defined]
