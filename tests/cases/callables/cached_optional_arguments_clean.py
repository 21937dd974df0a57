# Functions cached with lru_cache take any hashable arguments, None and functions
# included, as in a template loader keyed by its options.
from functools import lru_cache
from typing import Callable, Optional


@lru_cache(maxsize=64)
def load_template(
    name: str,
    encoding: Optional[str],
    finalize: Optional[Callable[[str], str]],
    options: tuple[str, ...],
) -> str:
    text = f"{name}:{encoding}:{options}"
    return finalize(text) if finalize is not None else text


print(load_template("index.html", None, None, ()), load_template("base.html", "utf-8", str.upper, ("strict",)))
