# Augmented assignment applies the operator and stores the result back
# into the same name, so the result must fit the name's type. Adding an
# int to a float name, or extending a list with another list, is fine.


def running_total(values: list[int]) -> float:
    total = 0.0
    for value in values:
        total += value
        total *= 1.5
    total -= 1
    return total


def build(words: list[str]) -> str:
    text = ""
    for word in words:
        text += word
        text += " "
    return text.strip()


counts = [0, 0]
counts += [1]
counts[0] += 5
scores = {"a": 1}
scores["a"] *= 3
bits = 0b1010
bits |= 1
bits <<= 2
bits //= 3
print(running_total([1, 2]), build(["a", "b"]), counts, scores, bits)
