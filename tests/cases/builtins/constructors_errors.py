# A constructor takes its item type from the iterable it copies. When the
# result must hold another item type, that expectation flows back to the
# argument, which is then reported: a set of a dict's keys holds the key
# type. A copy without a declared type only takes new items of the
# original item type.
from typing import Dict, List, Set, Tuple


def check(table: Dict[str, int], items: Tuple[int, ...], names: List[str]) -> None:
    keys: Set[int] = set(table)  # E: Argument 1 to "set" has incompatible type "dict[str, int]"; expected "Iterable[int]"  [arg-type]
    copied: Tuple[str, ...] = tuple(items)  # E: Argument 1 to "tuple" has incompatible type "tuple[int, ...]"; expected "Iterable[str]"  [arg-type]
    lengths: List[int] = list(names)  # E: Argument 1 to "list" has incompatible type "list[str]"; expected "Iterable[int]"  [arg-type]
    editable = list(items)
    editable.append("x")  # E: Argument 1 to "append" of "list" has incompatible type "str"; expected "int"  [arg-type]
    unique = set(names)
    unique.add(3)  # E: Argument 1 to "add" of "set" has incompatible type "int"; expected "str"  [arg-type]
    print(keys, copied, lengths)
