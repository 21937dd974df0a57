# functools' caching decorators: lru_cache with and without options, cache, and
# cached_property, which reads like an attribute and can be reassigned.
import functools
from functools import cached_property, lru_cache


@lru_cache(maxsize=256)
def fibonacci(n: int) -> int:
    return n if n < 2 else fibonacci(n - 1) + fibonacci(n - 2)


@functools.cache
def factorial(n: int) -> int:
    return 1 if n <= 1 else n * factorial(n - 1)


@lru_cache
def normalize(word: str) -> str:
    return word.casefold()


class Document:
    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def words(self) -> list[str]:
        return [normalize(w) for w in self.text.split()]

    @functools.cached_property
    def length(self) -> int:
        return len(self.words)


doc = Document("The cat saw the dog")
unique: set[str] = set(doc.words)
doc.length = 0
total: int = fibonacci(20) + factorial(5) + doc.length
print(fibonacci.cache_info().hits, unique, total)
fibonacci.cache_clear()
reveal_type(fibonacci)  # N: Revealed type is "functools._lru_cache_wrapper[int]"
