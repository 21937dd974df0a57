# The set operators | & - ^ combine two sets into a new set of the same
# item type, and the named methods union(), intersection(), difference()
# and symmetric_difference() accept any iterable. In-place forms update
# the left set.
from typing import List, Set


def shared(a: Set[str], b: Set[str]) -> Set[str]:
    return a & b


def combined(a: Set[int], b: Set[int], extra: List[int]) -> Set[int]:
    return (a | b).union(extra)


def missing(wanted: Set[str], have: List[str]) -> Set[str]:
    return wanted.difference(have)


def changed(old: Set[int], new: Set[int]) -> Set[int]:
    return old ^ new


def common(groups: List[Set[str]]) -> Set[str]:
    if not groups:
        return set()
    return groups[0].intersection(*groups[1:])


def prune(items: Set[int], banned: Set[int]) -> int:
    items -= banned
    items |= {0}
    return len(items - {0})


print(shared({"a"}, {"a", "b"}), combined({1}, {2}, [3]), missing({"x"}, ["y"]), changed({1}, {2}))
print(common([{"a"}, {"a", "b"}]), prune({1, 2}, {2}), {1, 2}.symmetric_difference([2, 3]))
