# While loops with simple comparisons, `continue`, and counters
# updated by augmented assignment. A function ending in `while True`
# with no break cannot fall off the end, so it needs no final return.


def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def first_power_above(base: int, limit: int) -> int:
    value = 1
    while True:
        value *= base
        if value > limit:
            return value


def count_vowels(text: str) -> int:
    i = 0
    found = 0
    while i < len(text):
        i += 1
        if text[i - 1] not in "aeiou":
            continue
        found += 1
    return found


tries = 0
while tries < 3:
    tries += 1
print(collatz_steps(27), first_power_above(2, 100), count_vowels("education"), tries)
