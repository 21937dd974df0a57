# break and continue may appear anywhere inside a loop body, including
# nested blocks and try statements. A while True loop that only leaves
# through return needs no return after it.


def first_long(words: list[str], size: int) -> str:
    chosen = ""
    for word in words:
        if not word:
            continue
        if len(word) >= size:
            chosen = word
            break
    return chosen


def read_numbers(lines: list[str]) -> list[int]:
    numbers: list[int] = []
    for line in lines:
        try:
            numbers.append(int(line))
        except ValueError:
            continue
        if len(numbers) == 3:
            break
    return numbers


def next_square(n: int) -> int:
    k = 0
    while True:
        k += 1
        if k * k > n:
            return k * k


print(first_long(["", "abc"], 2), read_numbers(["1", "x"]), next_square(10))
