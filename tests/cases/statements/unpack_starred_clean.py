# A starred target collects the items that the other targets leave over
# into a list. From a list the starred name is a list of the element
# type; from a tuple it is a list of the leftover items' types.


def head_and_tail(values: list[int]) -> int:
    first, *rest = values
    return first + sum(rest)


def ends(words: list[str]) -> str:
    *middle, last = words
    return last + "".join(middle)


start, *others, stop = (1, 2, 3, 4)
extra: list[int] = others
total = start + stop + len(extra)
name, *flags = ("cfg", True, False)
enabled: list[bool] = flags
letter, *letters = "a b c".split()
joined: str = letter + "".join(letters)
print(head_and_tail([1, 2, 3]), ends(["a", "b"]), total, name, enabled, joined)
