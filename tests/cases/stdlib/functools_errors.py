# Mistakes with functools: reduce's result has the type of the fold, partial
# keeps the wrapped function's return type, and cache wrappers have no other
# attributes than the cache ones.
from functools import cache, partial, reduce


def add(a: int, b: int) -> int:
    return a + b


text: str = reduce(add, [1, 2])  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
label: str = partial(add, 1)(2)  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
cached = cache(add)
cached.clear()  # E: "_lru_cache_wrapper[int]" has no attribute "clear"  [attr-defined]
hits: str = cached.cache_info().hits  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
