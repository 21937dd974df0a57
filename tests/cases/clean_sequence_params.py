# Abstract collection types as parameters: Sequence, Iterable,
# Iterator, Mapping. Lists, tuples, strings and dicts are passed where
# the matching protocol is expected.
from typing import Iterable, Iterator, List, Mapping, Sequence


def total(values: Iterable[int]) -> int:
    result = 0
    for v in values:
        result += v
    return result


def last(items: Sequence[str]) -> str:
    return items[len(items) - 1]


def keys_of(table: Mapping[str, int]) -> List[str]:
    out: List[str] = []
    for key in table:
        out.append(key)
    return out


def count_items(it: Iterator[int]) -> int:
    n = 0
    for _ in it:
        n += 1
    return n


print(total([1, 2]), total((3, 4)), total({5, 6}), total(range(3)))
print(last(["a", "b"]), last(("c", "d")), last("efg"), keys_of({"x": 1}))
print(total({"a": 1, "b": 2}.values()), count_items(iter([7, 8])))
