# A declaration with an annotation keeps the declared type even where its value is
# narrower (as mypy 2 does); later plain assignments narrow.
from typing import Optional, Union


class Cache:
    def __init__(self) -> None:
        self.hits = 0


def lookup(key: str) -> int:
    cached: Optional[Cache] = None
    reveal_type(cached)  # N: Revealed type is "annotated_declarations_not_narrowed.Cache | None"
    size: Union[int, str] = 3
    reveal_type(size)  # N: Revealed type is "int | str"
    size = "large"
    reveal_type(size)  # N: Revealed type is "str"
    if cached is None:
        cached = Cache()
    return cached.hits + len(key)


timeout: Optional[float] = 2.5
reveal_type(timeout)  # N: Revealed type is "float | None"
