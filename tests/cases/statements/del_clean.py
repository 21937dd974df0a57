# The del statement removes list items, dictionary keys, and slices,
# and can unbind a local name. A name that is assigned again after
# being deleted may be used normally.


def drop_first(values: list[int]) -> list[int]:
    del values[0]
    del values[1:3]
    return values


def forget(table: dict[str, int], key: str) -> int:
    if key in table:
        del table[key]
    return len(table)


def rebind() -> str:
    temp = "first"
    del temp
    temp = "second"
    return temp


stack = [1, 2, 3]
del stack[-1], stack[0]
print(drop_first([1, 2, 3, 4]), forget({"a": 1}, "a"), rebind(), stack)
