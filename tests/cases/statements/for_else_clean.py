# A for loop may have an else block that runs only when the loop ends
# without break. Searching with for/else is a common idiom, and the loop
# variable keeps the element type after the loop.


def first_negative(values: list[int]) -> int:
    for value in values:
        if value < 0:
            break
    else:
        return 0
    return value


def has_vowel(word: str) -> bool:
    for letter in word:
        if letter in "aeiou":
            found = True
            break
    else:
        found = False
    return found


total = 0
for n in range(10):
    total += n
else:
    total *= 2
for key in {"a": 1, "b": 2}:
    print(key.upper())
print(first_negative([3, -1]), has_vowel("rhythm"), total)
