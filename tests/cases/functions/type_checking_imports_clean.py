# Names imported under `if TYPE_CHECKING:` exist only for the checker, so
# they may be used in annotations, in string annotations, and as cast()
# targets given as strings. The checker treats the block as always run.
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from typing import Dict, Iterator, List, Optional, Sequence


def first(items: "Sequence[str]") -> "Optional[str]":
    return items[0] if items else None


def counts(words: "List[str]") -> "Dict[str, int]":
    result: "Dict[str, int]" = {}
    for word in words:
        result[word] = result.get(word, 0) + 1
    return result


def numbers(limit: int) -> "Iterator[int]":
    yield from range(limit)


def load(raw: object) -> "List[int]":
    return cast("List[int]", raw)


print(first(["a"]), counts(["a", "a"]), list(numbers(2)), load([1]))
