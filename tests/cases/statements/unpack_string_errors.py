# A str is iterable, but unpacking one into separate names is almost
# always a mistake, so it is reported. Only a string literal whose
# length matches the targets exactly is accepted; split() is the fix.


def split_word(word: str) -> str:
    first, second = word  # E: Unpacking a string is disallowed  [str-unpack]
    return first + second


def halves(line: str) -> str:
    left, right = line.split(",")
    return right + left


def pairs(codes: list[str]) -> list[str]:
    result = []
    for high, low in codes:  # E: Unpacking a string is disallowed  [str-unpack]
        result.append(low + high)
    return result


x, y = "ok"
head, *rest = "abc"  # E: Unpacking a string is disallowed  [str-unpack]
print(split_word("hi"), halves("a,b"), pairs(["ab"]), x, y, head, rest)
