# A name first assigned None and later assigned another value in the
# same scope gets an optional type: None or that value's type. After the
# second assignment it is known to hold the value, so it can be used.


def last_match(words: list[str], letter: str) -> str:
    match = None
    for word in words:
        if word.startswith(letter):
            match = word
    if match is None:
        return ""
    return match


def cached() -> int:
    result = None
    result = 10
    return result + 1


def first_len(words: list[str]) -> int:
    best = None
    for word in words:
        best = len(word)
        break
    return best or 0


current = None
current = "ready"
print(last_match(["ab", "cd"], "c"), cached(), first_len([]), current.upper())
