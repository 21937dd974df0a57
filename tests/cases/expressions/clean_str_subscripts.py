# Indexing or slicing a str gives a str, so the result supports every
# str method and concatenation. Indexes may be int expressions such as
# `len(s) // 2` or results of other calls.


def initials(first: str, last: str) -> str:
    return first[0].upper() + "." + last[0].upper() + "."


def centre(text: str) -> str:
    return text[len(text) // 2]


def strip_ends(text: str, count: int) -> str:
    return text[count:len(text) - count].strip()


def shout(text: str) -> str:
    head = text[:1]
    return head.upper() + text[1:].lower() + "!" * text.count("a")


print(initials("ada", "lovelace"), centre("abcde"), strip_ends("  x  ", 1), shout("banana"))
