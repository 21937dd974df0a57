# Boolean values from comparisons, `and`, `or` and `not`, used in
# conditions and stored in bool variables. A bool is also an int, so
# it may be passed where an int is expected.


def in_range(value: int, low: int, high: int) -> bool:
    return low <= value and value <= high


def is_blank(text: str) -> bool:
    return not text.strip()


def score(flags: list[bool]) -> int:
    total = 0
    for flag in flags:
        total += flag
    return total


ok: bool = in_range(5, 1, 10)
blank = is_blank("   ")
either = ok or blank
both = ok and not blank
count: int = True
if either and (count > 0 or both):
    print("yes", score([ok, blank, either, both]))
print(in_range(0, 1, 2), 3 == 3, "a" != "b", 1 < 2 < 3)
