# An empty collection assigned without an annotation gets its element
# type from how it is first used in the same scope: an append, an item
# assignment or an add fixes the type for the rest of the function.


def collect(limit: int) -> list[int]:
    found = []
    for n in range(limit):
        if n % 3 == 0:
            found.append(n)
    return found


def index_words(words: list[str]) -> dict[str, int]:
    positions = {}
    for i, word in enumerate(words):
        positions[word] = i
    return positions


def unique(words: list[str]) -> set[str]:
    seen = set()
    for word in words:
        seen.add(word.lower())
    return seen


names = []
names.extend(["a", "b"])
print(collect(10), index_words(["x", "y"]), unique(["A", "a"]), names)
